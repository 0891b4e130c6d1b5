/** The CSV of a bucketed histogram: each bucket's true range in seconds (the open last one has no end) and its count. */
import type { HistogramBucket } from '@/lib/api-contract';
import type { CsvTable } from './csv';

export function histogramCsv(buckets: readonly HistogramBucket[], countName: string): CsvTable {
  return {
    header: ['from (s)', 'to (s)', countName],
    rows: buckets.map((b) => [b.fromSeconds, b.toSeconds, b.count]),
  };
}
