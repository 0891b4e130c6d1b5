import { describe, expect, it } from 'vitest';
import { assertEdges, bucketize } from './buckets';

describe('bucketize', () => {
  it('puts each group in [edge, next edge) and everything past the last edge in the open bucket', () => {
    const groups = [
      { seconds: 0, count: 1 },
      { seconds: 59, count: 2 },
      { seconds: 60, count: 5 },
      { seconds: 299, count: 1 },
      { seconds: 300, count: 3 },
      { seconds: 86_400, count: 1 },
    ];
    expect(bucketize(groups, [0, 60, 300])).toEqual([
      { fromSeconds: 0, toSeconds: 60, count: 3 },
      { fromSeconds: 60, toSeconds: 300, count: 6 },
      { fromSeconds: 300, toSeconds: null, count: 4 },
    ]);
  });

  it('drops values below the first edge', () => {
    expect(bucketize([{ seconds: -1, count: 9 }], [0])).toEqual([{ fromSeconds: 0, toSeconds: null, count: 0 }]);
  });

  it.each([[[]], [[0, 0]], [[5, 1]], [[0, Number.NaN]]])('refuses edges %j', (edges) => {
    expect(() => assertEdges(edges)).toThrow();
  });
});
