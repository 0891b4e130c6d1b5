import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead';

describe('readAhead', () => {
  it('produces the next item while the current one is used, never two ahead', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 5; i++) {
        produced++;
        yield i;
      }
    }
    const seen: number[] = [];
    let maxAhead = 0;
    for await (const item of readAhead(source())) {
      // Let the prefetch run as far as it would.
      await new Promise<void>((resolve) => setTimeout(resolve, 2));
      maxAhead = Math.max(maxAhead, produced - (seen.length + 1));
      seen.push(item);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(maxAhead).toBe(1);
  });

  it('settles the prefetched item and closes the source when the consumer stops', async () => {
    let closed = false;
    async function* source() {
      try {
        yield 1;
        yield 2;
        throw new Error('produced after the consumer left');
      } finally {
        closed = true;
      }
    }
    for await (const item of readAhead(source())) if (item === 1) break;
    expect(closed).toBe(true);
  });
});
