/**
 * Back-pressure into landing: with a sink slower than the reads, chunks handed over but not yet
 * landed never exceed `maxPending`, and every row still lands once, in order.
 */
import { describe, expect, it } from 'vitest';
import { LandingQueue } from './landing-queue';
import { StreamPager } from './stream-pager';
import type { CompletedChunk, TagJob } from './types';

function pagerWithRows(queue: LandingQueue, key: number, rows: number): StreamPager {
  const job: TagJob = { key, webId: `W${key}`, name: `T${key}`, startMs: 0, endMs: 1000, startOpen: false, endOpen: false, coveredEndMs: 1000 };
  const pager = new StreamPager(job, 1000, 1000, queue.newBuilder());
  for (let i = 0; i < rows; i++) pager.out.push(key, i, 0, i, null, 1);
  pager.values = rows;
  return pager;
}

describe('LandingQueue', () => {
  it('holds at most maxPending chunks in flight under a slow sink', async () => {
    const landed: CompletedChunk[] = [];
    let cut = 0;
    let maxInFlight = 0;
    const queue = new LandingQueue(
      async (chunk) => {
        await new Promise<void>((resolve) => setTimeout(resolve, 2));
        landed.push(chunk);
      },
      10,
      2,
    );
    for (let key = 1; key <= 40; key++) {
      await queue.add(pagerWithRows(queue, key, 10));
      cut++;
      maxInFlight = Math.max(maxInFlight, cut - landed.length);
    }
    await queue.flush();
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(landed.map((c) => c.windows.map((w) => w.tagKey)).flat()).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(landed.reduce((n, c) => n + c.columns.length, 0)).toBe(400);
  });

  it('rethrows a failed write to the next caller', async () => {
    const queue = new LandingQueue(
      async () => {
        throw new Error('disk full');
      },
      10,
      0,
    );
    await expect(queue.add(pagerWithRows(queue, 1, 10))).rejects.toThrow('disk full');
  });
});
