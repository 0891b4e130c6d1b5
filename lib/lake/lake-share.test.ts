import { describe, expect, it } from 'vitest';
import { LakeShare } from './lake-share';
import { MIN, T0, columnsOf, landLikeConnector, minutesIn, readLake, tagList, SOURCE } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';

const lake = tempLakePerTest();

const WINDOW = { startMs: T0, endMs: T0 + 4 * 60 * MIN };

async function openShare(runId: string, extra: { attemptId?: string; flushRows?: number } = {}): Promise<LakeShare> {
  const opened = await LakeShare.open(lake.dir, { runId, share: { index: 1, count: 1 }, ...extra });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return opened.value;
}

describe('LakeShare', () => {
  it('commits one share: every value exactly once, over two date partitions', async () => {
    const share = await openShare('run-1', { flushRows: 1000 });
    const tags = tagList(5);
    expect(await landLikeConnector(share, tags, 'run-1', WINDOW)).toBe(5 * minutesIn(WINDOW));
    const result = await share.commit();
    expect(result.ok && result.value.kind).toBe('committed');
    if (!result.ok || result.value.kind !== 'committed') return;
    expect(result.value.sequence).toBe(1);
    expect(result.value.rows.pi_timeseries).toBe(5 * 241);
    expect(result.value.tagCount).toBe(5);
    expect(new Set(result.value.files.map((f) => f.path.split('/')[1]))).toEqual(new Set(['date=2024-01-01', 'date=2024-01-02']));
    const figures = await readLake(lake.dir);
    expect(figures.rows).toBe(5 * 241);
    expect(figures.duplicateKeys).toBe(0);
  });

  it('re-running a committed share commits nothing: coverage says everything is covered', async () => {
    const first = await openShare('run-1');
    await landLikeConnector(first, tagList(3), 'run-1', WINDOW);
    await first.commit();
    const second = await openShare('run-2');
    expect(await landLikeConnector(second, tagList(3), 'run-2', WINDOW)).toBe(0);
    const result = await second.commit();
    expect(result).toEqual({ ok: true, value: { kind: 'nothing-to-commit', droppedRows: 0 } });
    expect((await readLake(lake.dir)).rows).toBe(3 * 241);
  });

  it('extends coverage: a later, longer window lands only the new minutes', async () => {
    const first = await openShare('run-1');
    await landLikeConnector(first, tagList(2), 'run-1', WINDOW);
    await first.commit();
    const second = await openShare('run-2');
    expect(await landLikeConnector(second, tagList(2), 'run-2', { startMs: T0, endMs: WINDOW.endMs + 60 * MIN })).toBe(2 * 60);
    await second.commit();
    const figures = await readLake(lake.dir);
    expect(figures.rows).toBe(2 * 301);
    expect(figures.duplicateKeys).toBe(0);
  });

  it('filters a re-landed window within one attempt instead of staging it twice', async () => {
    const share = await openShare('run-1');
    const keys = await share.registerTags(SOURCE, tagList(1));
    const key = keys.get('W0') ?? -1;
    const rows = [0, 1, 2].map((m) => [key, T0 + m * MIN, m] as const);
    const window = { tagKey: key, startMs: T0, endMs: T0 + 2 * MIN, startOpen: false, endOpen: false, coveredEndMs: T0 + 2 * MIN };
    expect((await share.landValues(columnsOf(rows), [window], 'run-1')).rowsWritten).toBe(3);
    expect((await share.landValues(columnsOf(rows), [window], 'run-1')).rowsWritten).toBe(0);
    await share.commit();
    expect((await readLake(lake.dir)).rows).toBe(3);
  });

  it('refuses rows on an open end, past coveredEndMs, or of another run', async () => {
    const share = await openShare('run-1');
    const key = (await share.registerTags(SOURCE, tagList(1))).get('W0') ?? -1;
    const base = { tagKey: key, startMs: T0, endMs: T0 + 2 * MIN, startOpen: false, endOpen: false, coveredEndMs: T0 + 2 * MIN };
    const at = (m: number) => columnsOf([[key, T0 + m * MIN, 1]]);
    await expect(share.landValues(at(0), [{ ...base, startOpen: true }], 'run-1')).rejects.toThrow(/outside its window/);
    await expect(share.landValues(at(2), [{ ...base, endOpen: true }], 'run-1')).rejects.toThrow(/outside its window/);
    await expect(share.landValues(at(2), [{ ...base, coveredEndMs: T0 + MIN }], 'run-1')).rejects.toThrow(/coveredEndMs/);
    await expect(share.landValues(at(3), [base], 'run-1')).rejects.toThrow(/outside its window/);
    await expect(share.landValues(at(1), [base], 'run-2')).rejects.toThrow(/belongs to run run-1/);
    await share.abandon();
  });

  it('commits nothing and writes no record when nothing was landed', async () => {
    const share = await openShare('run-1');
    expect(await share.commit()).toEqual({ ok: true, value: { kind: 'nothing-to-commit', droppedRows: 0 } });
  });

  it('rejects bad ids and a reused attempt id', async () => {
    const bad = await LakeShare.open(lake.dir, { runId: '../etc', share: null });
    expect(bad.ok || bad.error.kind).toBe('bad-option');
    const share = await openShare('run-1', { attemptId: 'a1' });
    const again = await LakeShare.open(lake.dir, { runId: 'run-1', share: null, attemptId: 'a1' });
    expect(again.ok || again.error.kind).toBe('attempt-exists');
    await share.abandon();
  });
});
