import { describe, expect, it } from 'vitest';
import { readCommitsAfter } from './commit-log';
import { rollForward } from './publish';
import { MIN, T0, landLikeConnector, readLake, tagList } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';
import { openShareOrThrow } from './test-support/open-share';

const lake = tempLakePerTest();

describe('rollForward', () => {
  it('publishes what a writer killed after committing left staged; two processes at once publish each file once', async () => {
    const killed = await openShareOrThrow(lake.dir, { runId: 'run-1', share: null, flushRows: 100 });
    await landLikeConnector(killed, tagList(4), 'run-1', { startMs: T0, endMs: T0 + 120 * MIN });
    await expect(killed.commit({ afterRecord: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    killed.close();
    expect((await readLake(lake.dir)).rows).toBe(0);

    const log = await readCommitsAfter(lake.dir, 0);
    if (!log.ok) throw new Error('log read failed');
    const fileCount = log.value.records[0]?.files.length ?? 0;
    expect(fileCount).toBeGreaterThan(1);
    const [a, b] = await Promise.all([rollForward(lake.dir, log.value.records), rollForward(lake.dir, log.value.records)]);
    expect(a?.ok && b?.ok).toBe(true);
    if (!a?.ok || !b?.ok) return;
    expect(a.value.missing).toEqual([]);
    expect(a.value.published + b.value.published).toBeGreaterThanOrEqual(fileCount);
    expect(await readLake(lake.dir)).toMatchObject({ rows: 4 * 121, duplicateKeys: 0 });
    // Idempotent: a third pass has nothing left to do.
    expect(await rollForward(lake.dir, log.value.records)).toEqual({ ok: true, value: { published: 0, missing: [] } });
  });
});
