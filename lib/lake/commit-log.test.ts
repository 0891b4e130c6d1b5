import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, readCommitsAfter } from './commit-log';
import type { CommitRecord } from './commit-record';
import { commitsDir } from './layout';
import { tempLake } from './test-support/lake-fixture';

let lake: { dir: string; remove: () => Promise<void> };
beforeEach(async () => {
  lake = await tempLake();
  await mkdir(commitsDir(lake.dir), { recursive: true });
});
afterEach(async () => {
  await lake.remove();
});

const record = (sequence: number, attemptId: string): CommitRecord => ({
  format: 1, sequence, runId: 'run-1', share: null, attemptId, host: 'h', pid: 1, committedAt: new Date(0).toISOString(),
  dataSource: null, assetSource: null, windows: [], eventFrameWindows: [], files: [], rows: { pi_timeseries: 0, pi_af_hierarchy: 0, pi_event_frames: 0 },
});

describe('commit log', () => {
  it('gives each number to exactly one of many racing writers', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createRecord(record(1, `a${i}`), [], lake.dir, join(lake.dir, `temp-${i}.json`))),
    );
    expect(results.filter((r) => r.ok && r.value === 'created')).toHaveLength(1);
    expect(results.filter((r) => r.ok && r.value === 'taken')).toHaveLength(7);
    const read = await readCommitsAfter(lake.dir, 0);
    expect(read.ok && read.value.records.map((r) => r.sequence)).toEqual([1]);
  });

  it('never shows a half-written record: a writer killed mid-write leaves only its temp file', async () => {
    // What a kill during writeFile leaves: a truncated temp file, never linked into the log.
    await writeFile(join(lake.dir, 'temp-killed.json'), '{"format":1,"sequ');
    const read = await readCommitsAfter(lake.dir, 0);
    expect(read).toEqual({ ok: true, value: { records: [], corrupt: [], lastSequence: 0 } });
  });

  it('reports a record that does not parse, or sits under the wrong number, and reads on past it', async () => {
    await writeFile(join(commitsDir(lake.dir), '00000000000000000001.json'), JSON.stringify(record(7, 'x')));
    await writeFile(join(commitsDir(lake.dir), '00000000000000000002.json'), JSON.stringify({ ...record(2, 'y'), files: [{ table: 'pi_timeseries', path: '../../etc/passwd', stagedPath: 'x', rows: 0, bytes: 0 }] }));
    await createRecord(record(3, 'z'), [], lake.dir, join(lake.dir, 'temp.json'));
    const read = await readCommitsAfter(lake.dir, 0);
    if (!read.ok) throw new Error('read failed');
    expect(read.value.records.map((r) => r.attemptId)).toEqual(['z']);
    expect(read.value.corrupt.map((c) => [c.sequence, c.issues.includes('sequence 7') || c.issues.includes('path')])).toEqual([[1, true], [2, true]]);
    expect(read.value.lastSequence).toBe(3);
  });
});
