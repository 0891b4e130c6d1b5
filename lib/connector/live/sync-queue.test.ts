import { describe, expect, it } from 'vitest';
import { SyncQueue, type SyncRequest } from './sync-queue';

describe('SyncQueue', () => {
  it('serves every request waiting at the end of a pass with one pass, and names failures per request', async () => {
    const passes: number[][] = [];
    let release: () => void = () => {};
    const queue = new SyncQueue(async (requests: readonly SyncRequest[]) => {
      passes.push(requests.flatMap((r) => r.tagIndexes));
      if (passes.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return { failed: new Set([5]), failure: 'T5: 503' };
    });
    const a = queue.request({ tagIndexes: [1, 2], first: true });
    const b = queue.request({ tagIndexes: [3], first: true });
    const c = queue.request({ tagIndexes: [4, 5], first: false });
    release();
    expect(await Promise.all([a, b, c])).toEqual([null, null, 'T5: 503']);
    expect(passes).toEqual([[1, 2], [3, 4, 5]]);
  });

  it('answers a thrown pass as the failure of each of its requests', async () => {
    const queue = new SyncQueue(() => Promise.reject(new Error('store closed')));
    expect(await queue.request({ tagIndexes: [1], first: true })).toBe('store closed');
  });
});
