'use client';

import type { CsvTable } from '../charts/csv';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { liveChartOption } from './live-chart-option';
import type { TagLine } from './live-state';

const HEIGHT = 360;

const toOption = (lines: readonly TagLine[], { palette }: ChartDrawing) => liveChartOption(lines, palette);

function toCsv(lines: readonly TagLine[]): CsvTable {
  return {
    header: ['tag', 'time (ISO 8601)', 'value'],
    rows: lines.flatMap((l) => l.tsMs.map((ts, k) => [l.name, new Date(ts).toISOString(), l.value[k] ?? null] as const)),
  };
}

/** A few tags' values as they land; the newest point's time is in the test id's data for e2e. */
export function LiveChart({ lines }: { lines: readonly TagLine[] }) {
  const newestMs = Math.max(0, ...lines.map((l) => l.tsMs.at(-1) ?? 0));
  const points = lines.reduce((n, l) => n + l.tsMs.length, 0);
  if (points === 0) return <p className="chart-skeleton" style={{ height: HEIGHT }}>Waiting for the first values through the channels…</p>;
  return (
    <div>
      <p className="stats-note">
        Newest value on the chart: <time data-testid="live-chart-newest">{new Date(newestMs).toISOString()}</time> ·{' '}
        <span data-testid="live-chart-points">{points}</span> points
      </p>
      <ThemedChart data={lines} toOption={toOption} toCsv={toCsv} testId="live-chart" ariaLabel={`Values of ${lines.map((l) => l.name).join(', ')} over the last two minutes`} fileName="live-values" height={HEIGHT} />
    </div>
  );
}
