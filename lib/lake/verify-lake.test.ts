import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyLake, type LakeReport } from './verify-lake';
import { MIN, T0, landLikeConnector, minutesIn, tagList } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';
import { openShareOrThrow } from './test-support/open-share';

const lake = tempLakePerTest();

const WINDOW = { startMs: T0, endMs: T0 + 3 * 60 * MIN };
const ALL = 4 * minutesIn(WINDOW);

async function commitOne(runId: string, hooks = {}): Promise<void> {
  const share = await openShareOrThrow(lake.dir, { runId, share: { index: 1, count: 2 }, flushRows: 250 });
  await landLikeConnector(share, tagList(4), runId, WINDOW);
  await share.commit(hooks);
}

async function verify(): Promise<LakeReport> {
  const report = await verifyLake(lake.dir);
  if (!report.ok) throw new Error(JSON.stringify(report.error));
  return report.value;
}

describe('verifyLake', () => {
  it('finds a committed lake sound, with its commits, rows and no duplicates', async () => {
    await commitOne('run-1');
    const r = await verify();
    expect(r).toMatchObject({ sound: true, runs: ['run-1'], shares: 1, duplicateKeys: 0, rowsOutsideWindows: 0, problems: [] });
    expect(r.rowsCommitted.pi_timeseries).toBe(ALL);
    expect(r.rowsVisible.pi_timeseries).toBe(ALL);
    expect(r.commits[0]).toMatchObject({ sequence: 1, runId: 'run-1', share: { index: 1, count: 2 }, tags: 4 });
  });

  it('an empty directory is a sound, empty lake; a missing one is an error, not a lake', async () => {
    expect(await verify()).toMatchObject({ sound: true, commits: [], rowsVisible: { pi_timeseries: 0 } });
    expect(await verifyLake(join(lake.dir, 'typo'))).toEqual({ ok: false, error: { kind: 'io', path: join(lake.dir, 'typo'), code: 'ENOENT' } });
  });

  it('reports an orphaned staging folder, with its run and share, as a warning', async () => {
    const killed = await openShareOrThrow(lake.dir, { runId: 'run-9', share: { index: 2, count: 2 }, flushRows: 100 });
    await landLikeConnector(killed, tagList(2), 'run-9', WINDOW);
    killed.close();
    const r = await verify();
    expect(r.sound).toBe(true);
    expect(r.files.orphaned).toEqual([expect.objectContaining({ attemptId: killed.attemptId, runId: 'run-9', share: { index: 2, count: 2 } })]);
    expect(r.files.orphaned[0]?.files).toBeGreaterThan(0);
    expect(r.warnings.join()).toMatch(/staging folders without a commit/);
  });

  it('reports committed files awaiting roll-forward without calling the lake unsound', async () => {
    await expect(commitOne('run-1', { afterRecord: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    const r = await verify();
    expect(r.sound).toBe(true);
    expect(r.files.unpublished.length).toBeGreaterThan(0);
    expect(r.rowsVisible.pi_timeseries).toBe(0);
    expect(r.rowsCommitted.pi_timeseries).toBe(ALL);
  });

  it('calls an injected duplicate (a hand-copied committed file) unsound', async () => {
    await commitOne('run-1');
    const day = join(lake.dir, 'pi_timeseries', 'date=2024-01-01');
    const [first] = await readdir(day);
    if (!first) throw new Error('a committed file expected');
    await copyFile(join(day, first), join(day, `copy-${first}`));
    const r = await verify();
    expect(r.sound).toBe(false);
    expect(r.duplicateKeys).toBeGreaterThan(0);
    expect(r.files.stray).toEqual([`pi_timeseries/date=2024-01-01/copy-${first}`]);
  });

  it('calls a missing committed file unsound', async () => {
    await commitOne('run-1');
    const day = join(lake.dir, 'pi_timeseries', 'date=2024-01-02');
    const [first] = await readdir(day);
    if (!first) throw new Error('a committed file expected');
    await rm(join(day, first));
    const r = await verify();
    expect(r.sound).toBe(false);
    expect(r.files.missing).toEqual([{ sequence: 1, path: `pi_timeseries/date=2024-01-02/${first}` }]);
  });

  it('calls rows outside their commit\'s windows unsound (a record that claims less than its files hold)', async () => {
    await commitOne('run-1');
    const path = join(lake.dir, '_lake', 'commits', '00000000000000000001.json');
    const record = JSON.parse(await readFile(path, 'utf8')) as { windows: { endMs: number; coveredEndMs: number; startMs: number }[] };
    for (const w of record.windows) w.endMs = w.coveredEndMs = w.startMs + 59 * MIN;
    await writeFile(path, JSON.stringify(record));
    const r = await verify();
    expect(r.sound).toBe(false);
    expect(r.rowsOutsideWindows).toBe(ALL - 4 * 60);
  });

  it('calls a corrupt record and a gap in the numbers unsound', async () => {
    await commitOne('run-1');
    await writeFile(join(lake.dir, '_lake', 'commits', '00000000000000000003.json'), '{"format":1,');
    const r = await verify();
    expect(r.sound).toBe(false);
    expect(r.corruptRecords.map((c) => c.sequence)).toEqual([3]);
    expect(r.sequenceGaps).toEqual([2]);
  });
});
