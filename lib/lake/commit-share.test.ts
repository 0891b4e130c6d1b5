import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LakeShare } from './lake-share';
import { MIN, T0, landLikeConnector, minutesIn, readLake, tagList, tempLake } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';
import { openShareOrThrow } from './test-support/open-share';

const lake = tempLakePerTest();

const WINDOW = { startMs: T0, endMs: T0 + 4 * 60 * MIN };
const TAGS = tagList(6);
const ALL = TAGS.length * minutesIn(WINDOW);
const SHARE = { index: 1, count: 1 };
const open = (runId: string, flushRows = 500): Promise<LakeShare> => openShareOrThrow(lake.dir, { runId, share: SHARE, flushRows });
const commits = async (): Promise<string[]> => (await readdir(join(lake.dir, '_lake', 'commits'))).filter((f) => f.endsWith('.json'));

class Crash extends Error {}
const crash = (): never => {
  throw new Crash('simulated kill');
};

describe('commitShare: two attempts of one share', () => {
  it('racing, both staged: the second to link finds its rows committed and adds nothing', async () => {
    const a = await open('run-1');
    const b = await open('run-1');
    await landLikeConnector(a, TAGS, 'run-1', WINDOW);
    await landLikeConnector(b, TAGS, 'run-1', WINDOW);
    let aDone: Promise<unknown> = Promise.resolve();
    // b reaches its link only after a has committed, with the sequence it chose before a linked.
    const bResult = b.commit({ beforeRecord: () => aDone.then(() => undefined) });
    aDone = a.commit();
    const [ra, rb] = await Promise.all([aDone, bResult]);
    expect(ra).toMatchObject({ ok: true, value: { kind: 'committed', sequence: 1 } });
    expect(rb).toEqual({ ok: true, value: { kind: 'nothing-to-commit', droppedRows: ALL } });
    expect(await commits()).toHaveLength(1);
    const figures = await readLake(lake.dir);
    expect([figures.rows, figures.duplicateKeys]).toEqual([ALL, 0]);
  });

  it('racing with no ordering at all: exactly one copy of each value', async () => {
    const attempts = await Promise.all([open('run-1'), open('run-1'), open('run-1')]);
    for (const s of attempts) await landLikeConnector(s, TAGS, 'run-1', WINDOW);
    const results = await Promise.all(attempts.map((s) => s.commit()));
    expect(results.filter((r) => r.ok && r.value.kind === 'committed')).toHaveLength(1);
    const figures = await readLake(lake.dir);
    expect([figures.rows, figures.duplicateKeys]).toEqual([ALL, 0]);
  });

  it('overlapping windows racing: the later commit keeps only the rows the first does not hold', async () => {
    const a = await open('run-1');
    const b = await open('run-2');
    await landLikeConnector(a, TAGS, 'run-1', { startMs: T0, endMs: T0 + 150 * MIN });
    await landLikeConnector(b, TAGS, 'run-2', { startMs: T0 + 60 * MIN, endMs: WINDOW.endMs });
    const [ra, rb] = await Promise.all([a.commit(), b.commit()]);
    expect(ra.ok && rb.ok).toBe(true);
    const figures = await readLake(lake.dir);
    expect([figures.rows, figures.duplicateKeys]).toEqual([ALL, 0]);
    expect(await commits()).toHaveLength(2);
  });
});

describe('commitShare: a writer killed at each step, then a fresh attempt', () => {
  it.each([
    ['after staging, before commit', {}],
    ['with its record written to its temp file only', { beforeRecord: crash }],
    ['after its record, before publishing', { afterRecord: crash }],
    ['with half its files published', { afterPublishedFile: (n: number) => (n === 1 ? crash() : undefined) }],
  ])('killed %s: each value exactly once', async (_step, hooks) => {
    const killed = await open('run-1', 300);
    await landLikeConnector(killed, TAGS, 'run-1', WINDOW);
    if (Object.keys(hooks).length > 0) await expect(killed.commit(hooks)).rejects.toThrow(Crash);
    killed.close();
    // Before anyone rolls forward, readers see all of a commit or a prefix of its files, never a duplicate.
    expect((await readLake(lake.dir)).duplicateKeys).toBe(0);

    const fresh = await open('run-2');
    await landLikeConnector(fresh, TAGS, 'run-2', WINDOW);
    const result = await fresh.commit();
    expect(result.ok).toBe(true);
    const figures = await readLake(lake.dir);
    expect([figures.rows, figures.duplicateKeys]).toEqual([ALL, 0]);
    expect(await commits()).toHaveLength(1);
  });
});

describe('commitShare: abandon after a commit that failed past its record', () => {
  it('keeps the committed files for roll-forward instead of deleting them', async () => {
    const share = await open('run-1');
    await landLikeConnector(share, TAGS, 'run-1', WINDOW);
    await expect(share.commit({ afterRecord: crash })).rejects.toThrow(Crash);
    expect(await share.abandon()).toEqual({ ok: true, value: undefined });
    await (await open('run-2')).abandon();
    const figures = await readLake(lake.dir);
    expect([figures.rows, figures.duplicateKeys]).toEqual([ALL, 0]);
  });
});

describe('commitShare: four shares of disjoint tags', () => {
  const shareTags = (i: number) => TAGS.filter((_, t) => t % 4 === i);

  async function singleShareFigures(): Promise<Awaited<ReturnType<typeof readLake>>> {
    const other = await tempLake();
    try {
      const one = await openShareOrThrow(other.dir, { runId: 'run-1', share: null });
      await landLikeConnector(one, TAGS, 'run-1', WINDOW);
      await one.commit();
      return await readLake(other.dir);
    } finally {
      await other.remove();
    }
  }

  it.each([
    ['concurrently', async (shares: LakeShare[]) => Promise.all(shares.map((s) => s.commit()))],
    ['one after another, last first', async (shares: LakeShare[]) => {
      for (const s of [...shares].reverse()) await s.commit();
    }],
  ])('committing %s: the union equals one share reading every tag', async (_order, commitAll) => {
    const shares = await Promise.all([0, 1, 2, 3].map((i) => openShareOrThrow(lake.dir, { runId: 'run-1', share: { index: i + 1, count: 4 }, flushRows: 200 })));
    await Promise.all(shares.map((s, i) => landLikeConnector(s, shareTags(i), 'run-1', WINDOW)));
    await commitAll(shares);
    const union = await readLake(lake.dir);
    expect(union).toEqual(await singleShareFigures());
    expect(union.rows).toBe(ALL);
    expect(await commits()).toHaveLength(4);
  });
});
