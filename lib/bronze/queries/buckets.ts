/** Folds (value, count) groups into histogram buckets [edge_i, edge_i+1); the last bucket is open-ended. */
export interface HistogramBucket {
  fromSeconds: number;
  /** Null for the open-ended last bucket. */
  toSeconds: number | null;
  count: number;
}

export function bucketize(groups: readonly { seconds: number; count: number }[], edges: readonly number[]): HistogramBucket[] {
  const buckets = edges.map((from, i) => ({ fromSeconds: from, toSeconds: edges[i + 1] ?? null, count: 0 }));
  for (const g of groups) {
    // Edges are few (about ten): a linear scan beats anything cleverer.
    for (let i = buckets.length - 1; i >= 0; i--) {
      const bucket = buckets[i]!;
      if (g.seconds >= bucket.fromSeconds) {
        bucket.count += g.count;
        break;
      }
    }
  }
  return buckets;
}

export function assertEdges(edges: readonly number[]): void {
  if (edges.length === 0) throw new Error('histogram needs at least one edge');
  edges.forEach((e, i) => {
    if (!Number.isFinite(e) || (i > 0 && e <= edges[i - 1]!)) throw new Error(`histogram edges must ascend strictly: ${edges.join(', ')}`);
  });
}
