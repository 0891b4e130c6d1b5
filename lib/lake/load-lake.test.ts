import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BronzeStore } from '../bronze';
import type { AssetSource } from '../landing';
import { loadLake } from './load-lake';
import { MIN, SOURCE, T0, landLikeConnector, readLake, tagList, type LakeFigures } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';
import { openShareOrThrow } from './test-support/open-share';

const lake = tempLakePerTest();

const TAGS = tagList(6);
const AF: AssetSource = { assetServerId: 'a0000000-0000-4000-8000-00000000000a', assetServerName: 'AF-TEST', databaseName: 'Plant' };

/** A lake with everything load must get right: overlapping racing windows, a later frontfill, AF, event frames, a commit awaiting roll-forward. */
async function buildLake(): Promise<void> {
  const a = await openShareOrThrow(lake.dir, { runId: 'run-1', share: null, flushRows: 300 });
  const b = await openShareOrThrow(lake.dir, { runId: 'run-2', share: null, flushRows: 300 });
  await landLikeConnector(a, TAGS, 'run-1', { startMs: T0, endMs: T0 + 120 * MIN });
  await landLikeConnector(b, TAGS, 'run-2', { startMs: T0 + 60 * MIN, endMs: T0 + 180 * MIN });
  await a.landAfElements(AF, [{ webId: 'E1', name: 'Unit 1', path: '\\\\AF\\Plant\\Unit 1', parentWebId: null, depth: 1, templateName: null, categoryNames: ['x'], description: null }]);
  await a.landEventFrames(AF, { startMs: T0, endMs: T0 + 60 * MIN }, [{ webId: 'F1', name: 'Batch', templateName: 'Batch', startMs: T0, endMs: null, primaryElementWebId: 'E1', categoryNames: [], severity: 'Minor', attributes: { k: 1 } }]);
  await Promise.all([a.commit(), b.commit()]);
  const c = await openShareOrThrow(lake.dir, { runId: 'run-3', share: null });
  await landLikeConnector(c, TAGS, 'run-3', { startMs: T0, endMs: T0 + 240 * MIN }, T0 + 230 * MIN);
  await expect(c.commit({ afterRecord: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
  c.close();
}

async function bronzeFigures(file: string): Promise<{ figures: LakeFigures; coverage: Record<string, unknown>; af: unknown[]; ef: unknown[] }> {
  const opened = await BronzeStore.open(file);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const store = opened.value;
  try {
    const perTag: LakeFigures['perTag'] = {};
    for (const r of await store.readRows('SELECT tag_webid, count(*)::DOUBLE AS n, sum(value) AS v, sum(epoch_ms(ts))::DOUBLE AS t FROM bronze.pi_timeseries GROUP BY 1 ORDER BY 1')) {
      perTag[String(r.tag_webid)] = [Number(r.n), Number(r.v), Number(r.t)];
    }
    const dup = await store.readRows('SELECT count(*)::DOUBLE AS n FROM (SELECT 1 FROM bronze.pi_timeseries GROUP BY tag_webid, ts, seq HAVING count(*) > 1)');
    const rows = Object.values(perTag).reduce((n, [c]) => n + c, 0);
    const keys = await store.readRows('SELECT tag_key, tag_webid FROM bronze.pi_tags');
    const webIdOf = new Map(keys.map((k) => [Number(k.tag_key), String(k.tag_webid)]));
    const coverage = Object.fromEntries([...(await store.coverage(null))].map(([key, ivs]) => [webIdOf.get(key), ivs]));
    const af = await store.readRows('SELECT element_webid, name, category_names FROM bronze.pi_af_hierarchy ORDER BY 1');
    const ef = await store.readRows('SELECT event_frame_webid, severity, end_time, attributes FROM bronze.pi_event_frames ORDER BY 1');
    return { figures: { rows, duplicateKeys: Number(dup[0]?.n), perTag }, coverage, af, ef };
  } finally {
    await store.close();
  }
}

describe('loadLake', () => {
  it('loads exactly the lake rows and coverage (rolling forward first), and loading again changes nothing', async () => {
    await buildLake();
    const db = join(lake.dir, 'bronze.duckdb');
    const loaded = await loadLake(lake.dir, db, 250);
    expect(loaded).toMatchObject({ ok: true, value: { commits: 3, tags: 6, afElements: 1, eventFrames: 1 } });
    expect(loaded.ok && loaded.value.rolledForward).toBeGreaterThan(0);

    const lakeFigures = await readLake(lake.dir);
    expect(lakeFigures.rows).toBe(6 * 231);
    const first = await bronzeFigures(db);
    expect(first.figures).toEqual(lakeFigures);
    // The lake's coverage, as a fresh attempt sees it, is the store's coverage tag by tag.
    const probe = await openShareOrThrow(lake.dir, { runId: 'probe', share: null });
    const keys = await probe.registerTags(SOURCE, TAGS);
    const lakeCoverage = await probe.coverage([...keys.values()]);
    await probe.abandon();
    expect(first.coverage).toEqual(Object.fromEntries(TAGS.map((t) => [t.webId, lakeCoverage.get(keys.get(t.webId) ?? -1)])));
    expect(first.coverage.W0).toEqual([{ startMs: T0, endMs: T0 + 230 * MIN }]);
    expect(first.af).toEqual([{ element_webid: 'E1', name: 'Unit 1', category_names: ['x'] }]);
    expect(first.ef).toHaveLength(1);

    expect((await loadLake(lake.dir, db, 250)).ok).toBe(true);
    expect(await bronzeFigures(db)).toEqual(first);
  });
});
