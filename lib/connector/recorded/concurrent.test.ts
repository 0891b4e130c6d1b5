/**
 * The bound that keeps an extraction's memory fixed: a lazy source is pulled only as workers free
 * up, so items taken but not finished never exceed the limit, however long the source or slow
 * the work.
 */
import { describe, expect, it } from 'vitest';
import { forEachConcurrent, groupsOf } from './concurrent';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('forEachConcurrent', () => {
  it('never holds more than `limit` items of a lazy source under slow work', async () => {
    let produced = 0;
    let finished = 0;
    let inWork = 0;
    let maxInWork = 0;
    let maxTakenNotFinished = 0;
    async function* source() {
      for (let i = 0; i < 200; i++) {
        produced++;
        maxTakenNotFinished = Math.max(maxTakenNotFinished, produced - finished);
        yield i;
      }
    }
    const seen: number[] = [];
    await forEachConcurrent(source(), 4, async (item) => {
      inWork++;
      maxInWork = Math.max(maxInWork, inWork);
      await tick();
      seen.push(item);
      inWork--;
      finished++;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(maxInWork).toBe(4);
    expect(maxTakenNotFinished).toBeLessThanOrEqual(4);
  });

  it('stops pulling once told to stop and closes the source', async () => {
    let produced = 0;
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) {
          produced++;
          yield i;
        }
      } finally {
        closed = true;
      }
    }
    let done = 0;
    await forEachConcurrent(
      source(),
      2,
      async () => {
        await tick();
        done++;
      },
      () => done >= 10,
    );
    expect(closed).toBe(true);
    expect(produced).toBeLessThanOrEqual(done + 2);
  });

  it('takes plain arrays too', async () => {
    const seen: string[] = [];
    await forEachConcurrent(['a', 'b', 'c'], 8, async (s) => {
      seen.push(s);
    });
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('groupsOf', () => {
  it('groups consecutive items and pulls one group ahead of nothing', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 7; i++) {
        produced++;
        yield i;
      }
    }
    const groups = groupsOf(source(), 3);
    expect((await groups.next()).value).toEqual([0, 1, 2]);
    expect(produced).toBe(3);
    const rest: number[][] = [];
    for await (const g of groups) rest.push(g);
    expect(rest).toEqual([[3, 4, 5], [6]]);
  });

  it('refuses a group size below one', async () => {
    await expect(groupsOf([1], 0).next()).rejects.toThrow(/positive integer/);
  });
});
