'use client';

import type { IntervalHistogramResult } from '@/lib/api-contract';
import { formatCount } from '@/lib/client';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { histogramCsv } from '../charts/histogram-csv';
import { histogramOption, type HistogramMarker } from '../charts/histogram-option';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { useIntervalHistogram } from './use-interval-histogram';

/** The coarser sampling interval the demo argues against: what a 5-minute poll would keep. */
export const ALTERNATIVE_INTERVAL_SECONDS = 300;
const HEIGHT = 340;
const seconds = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function toOption(data: IntervalHistogramResult, { palette }: ChartDrawing) {
  const markers: HistogramMarker[] = [
    { seconds: ALTERNATIVE_INTERVAL_SECONDS, label: `alternative: ${ALTERNATIVE_INTERVAL_SECONDS} s`, color: palette.alternative },
  ];
  if (data.medianSeconds !== null) {
    markers.push({ seconds: data.medianSeconds, label: `median: ${seconds.format(data.medianSeconds)} s`, color: palette.median });
  }
  return histogramOption({ buckets: data.buckets, markers, palette, countName: 'intervals' });
}

const toCsv = (data: IntervalHistogramResult) => histogramCsv(data.buckets, 'intervals');

/** Seconds between consecutive samples, bucketed, with the median and the 300 s alternative marked. */
export function IntervalChart({ source, webId, scopeLabel }: { source: number; webId: string | null; scopeLabel: string }) {
  const { data, error, isPending, refetch } = useIntervalHistogram(source, webId);
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="Sampling intervals could not be loaded"
      isEmpty={!!data && data.intervalCount === 0}
      emptyMessage={
        <>
          No sampling intervals in bronze yet: a tag needs two values. Run an extraction on <RunPageLink />.
        </>
      }
      height={HEIGHT}
    >
      {data ? (
        <>
          <p className="chart-summary">
            <strong data-testid="granularity-median-interval">
              {data.medianSeconds === null ? '–' : `${seconds.format(data.medianSeconds)} s`}
            </strong>{' '}
            median interval over {formatCount(data.intervalCount)} intervals ({scopeLabel})
            {data.medianSeconds !== null && data.medianSeconds > 0 && data.medianSeconds < ALTERNATIVE_INTERVAL_SECONDS
              ? `; a ${ALTERNATIVE_INTERVAL_SECONDS} s poll would keep about 1 value in ${seconds.format(ALTERNATIVE_INTERVAL_SECONDS / data.medianSeconds)}.`
              : '.'}{' '}
            <span data-testid="granularity-shared-timestamps">
              {data.sharedTimestampValues === 0
                ? 'No two values share a timestamp.'
                : `${formatCount(data.sharedTimestampValues)} ${data.sharedTimestampValues === 1 ? 'value shares its timestamp' : 'values share their timestamp'} with an earlier one: landed, but no interval of ${data.sharedTimestampValues === 1 ? 'its' : 'their'} own.`}
            </span>
          </p>
          <ThemedChart
            data={data}
            toOption={toOption}
            toCsv={toCsv}
            testId="chart-granularity-intervals"
            ariaLabel={`Sampling-interval histogram (${scopeLabel}): median ${data.medianSeconds ?? 'none'} s against the ${ALTERNATIVE_INTERVAL_SECONDS} s alternative`}
            fileName="sampling-intervals"
            height={HEIGHT}
          />
        </>
      ) : null}
    </ChartState>
  );
}
