/** The CSV of the raw-series chart: every value drawn, with its state and quality flags as landed. */
import type { TagSeriesResult } from '@/lib/api-contract';
import { csvTime, type CsvTable } from '../charts/csv';

const GOOD = 1;
const QUESTIONABLE = 2;
const SUBSTITUTED = 4;
const ANNOTATED = 8;

export function seriesCsv(series: Pick<TagSeriesResult, 'tsMs' | 'value' | 'state' | 'flags'>, units: string): CsvTable {
  return {
    header: ['timestamp (UTC)', units ? `value (${units})` : 'value', 'system state', 'good', 'questionable', 'substituted', 'annotated'],
    rows: series.tsMs.map((ts, i) => {
      const flags = series.flags[i] ?? 0;
      return [csvTime(ts), series.value[i] ?? null, series.state[i] ?? null, (flags & GOOD) !== 0, (flags & QUESTIONABLE) !== 0, (flags & SUBSTITUTED) !== 0, (flags & ANNOTATED) !== 0];
    }),
  };
}
