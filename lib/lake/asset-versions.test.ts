import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import type { AfElementRow, AssetSource, EventFrameRow } from '../landing';
import { T0, countTable } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';
import { openShareOrThrow } from './test-support/open-share';

const lake = tempLakePerTest();

const AF: AssetSource = { assetServerId: 'a0000000-0000-4000-8000-00000000000a', assetServerName: 'AF-TEST', databaseName: 'Plant' };
const element = (i: number, description: string | null = null): AfElementRow => ({
  webId: `E${i}`, name: `Unit ${i}`, path: `\\\\AF-TEST\\Plant\\Unit ${i}`, parentWebId: null, depth: 1, templateName: 'Unit', categoryNames: ['Process'], description,
});
const HIERARCHY = [0, 1, 2, 3].map((i) => element(i));
const frame = (endMs: number | null): EventFrameRow => ({
  webId: 'F1', name: 'Batch 1', templateName: 'Batch', startMs: T0, endMs, primaryElementWebId: 'E1', categoryNames: [], severity: null, attributes: { b: 2, a: { y: 1, x: 0 } },
});
const SEARCH = { startMs: T0, endMs: T0 + 3_600_000 };

async function landAndCommit(runId: string, land: (s: Awaited<ReturnType<typeof openShareOrThrow>>) => Promise<unknown>): Promise<string> {
  const share = await openShareOrThrow(lake.dir, { runId, share: null });
  await land(share);
  const result = await share.commit();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.kind;
}

async function latestDescriptions(): Promise<Record<string, string | null>> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  // What a lake reader does: the latest version per WebId.
  const reader = await conn.runAndReadAll(
    `SELECT element_webid, arg_max(description, ingested_at) FROM read_parquet('${join(lake.dir, 'pi_af_hierarchy')}/*.parquet') GROUP BY 1 ORDER BY 1`,
  );
  const out = Object.fromEntries(reader.getRows().map(([w, d]) => [String(w), d === null ? null : String(d)]));
  conn.closeSync();
  instance.closeSync();
  return out;
}

describe('AF and event-frame versions', () => {
  it('an unchanged hierarchy landed again adds no second copy', async () => {
    expect(await landAndCommit('run-1', (s) => s.landAfElements(AF, HIERARCHY))).toBe('committed');
    expect(await landAndCommit('run-2', (s) => s.landAfElements(AF, HIERARCHY))).toBe('nothing-to-commit');
    expect(await countTable(lake.dir, 'pi_af_hierarchy')).toBe(4);
  });

  it('a changed element lands one new version, and readers taking the latest see the change', async () => {
    await landAndCommit('run-1', (s) => s.landAfElements(AF, HIERARCHY));
    const changed = HIERARCHY.map((e, i) => (i === 2 ? element(2, 'relined 2024') : e));
    await landAndCommit('run-2', (s) => s.landAfElements(AF, changed));
    expect(await countTable(lake.dir, 'pi_af_hierarchy')).toBe(5);
    expect((await latestDescriptions()).E2).toBe('relined 2024');
  });

  it('two attempts landing the same hierarchy concurrently commit one copy', async () => {
    const [a, b] = await Promise.all([0, 1].map(() => openShareOrThrow(lake.dir, { runId: 'run-1', share: null })));
    if (!a || !b) throw new Error('two attempts expected');
    await a.landAfElements(AF, HIERARCHY);
    await b.landAfElements(AF, HIERARCHY);
    const kinds = (await Promise.all([a.commit(), b.commit()])).map((r) => r.ok && r.value.kind).sort();
    expect(kinds).toEqual(['committed', 'nothing-to-commit']);
    expect(await countTable(lake.dir, 'pi_af_hierarchy')).toBe(4);
  });

  it('an event frame gets a new version when it ends, none when found again unchanged', async () => {
    await landAndCommit('run-1', (s) => s.landEventFrames(AF, SEARCH, [frame(null)]));
    // Attribute key order differs: the content hash is of canonical JSON, so this is no change.
    const reordered = { ...frame(null), attributes: { a: { x: 0, y: 1 }, b: 2 } };
    expect(await landAndCommit('run-2', (s) => s.landEventFrames(AF, SEARCH, [reordered]))).toBe('nothing-to-commit');
    expect(await landAndCommit('run-3', (s) => s.landEventFrames(AF, SEARCH, [frame(T0 + 600_000)]))).toBe('committed');
    expect(await countTable(lake.dir, 'pi_event_frames')).toBe(2);
  });
});
