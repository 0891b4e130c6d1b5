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

  it('cuts a chunk once it holds rowsPerChunk rows, and flush lands the rest', async () => {
    const landed: CompletedChunk[] = [];
    const queue = new LandingQueue(async (chunk) => void landed.push(chunk), 25, 2);
    for (let key = 1; key <= 7; key++) await queue.add(pagerWithRows(queue, key, 10));
    await queue.flush();
    expect(landed.map((c) => c.columns.length)).toEqual([30, 30, 10]);
    expect(landed.map((c) => c.windows.map((w) => w.tagKey))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // Rows keep their tag and order across the copy into one chunk.
    expect([...landed[0]!.columns.tagKey.slice(8, 12)]).toEqual([1, 1, 2, 2]);
    expect([...landed[0]!.columns.tsMs.slice(8, 12)]).toEqual([8, 9, 0, 1]);
  });

  it('lands a tag read in two gaps in two chunks, one window per tag in each', async () => {
    const landed: CompletedChunk[] = [];
    const queue = new LandingQueue(async (chunk) => void landed.push(chunk), 1000, 2);
    await queue.add(pagerWithRows(queue, 1, 5));
    await queue.add(pagerWithRows(queue, 2, 5));
    await queue.add(pagerWithRows(queue, 1, 5));
    await queue.flush();
    expect(landed.map((c) => c.windows.map((w) => w.tagKey))).toEqual([[1, 2], [1]]);
  });

  it('hands a landed stream builder, emptied, to the next stream', async () => {
    const queue = new LandingQueue(async () => {}, 10, 2);
    const pager = pagerWithRows(queue, 1, 10);
    await queue.add(pager);
    await queue.flush();
    const next = queue.newBuilder();
    expect(next).toBe(pager.out);
    expect(next.length).toBe(0);
  });

  it('sends nothing more to the sink after a write failed', async () => {
    let writes = 0;
    const queue = new LandingQueue(
      async () => {
        writes++;
        throw new Error('disk full');
      },
      10,
      0,
    );
    await expect(queue.add(pagerWithRows(queue, 1, 10))).rejects.toThrow('disk full');
    await expect(queue.add(pagerWithRows(queue, 2, 10))).rejects.toThrow('disk full');
    await expect(queue.flush()).rejects.toThrow('disk full');
    expect(writes).toBe(1);
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
