'use client';

import type { FrameDurationsResult } from '@/lib/api-contract';
import { formatCount } from '@/lib/client';
import { formatHumanSeconds } from '../charts/human-time';
import { ChartState } from '../charts/chart-state';
import { histogramCsv } from '../charts/histogram-csv';
import { histogramOption } from '../charts/histogram-option';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { useFrameDurations } from './use-frame-durations';

const HEIGHT = 300;

function toOption(data: FrameDurationsResult, { palette }: ChartDrawing) {
  const markers = data.medianSeconds === null ? [] : [{ seconds: data.medianSeconds, label: `median: ${formatHumanSeconds(data.medianSeconds)}`, color: palette.median }];
  return histogramOption({ buckets: data.buckets, markers, palette, countName: 'frames' });
}

const toCsv = (data: FrameDurationsResult) => histogramCsv(data.buckets, 'frames');

/** Durations of ended frames of one template (or all), with the median marked. */
export function FrameDurationsChart({ asset, template }: { asset: number; template: string | null }) {
  const { data, error, isPending, refetch } = useFrameDurations(asset, template);
  const scope = template ?? 'all templates';
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="Event-frame durations could not be loaded"
      isEmpty={!!data && data.frameCount === 0}
      emptyMessage={`No ended event frames in bronze for ${scope}: frames still in progress have no duration yet.`}
      height={HEIGHT}
    >
      {data ? (
        <>
          <p className="chart-summary">
            <strong data-testid="ef-median-duration">{data.medianSeconds === null ? '–' : formatHumanSeconds(data.medianSeconds)}</strong> median
            over {formatCount(data.frameCount)} ended frames ({scope})
          </p>
          <ThemedChart
            data={data}
            toOption={toOption}
            toCsv={toCsv}
            testId="chart-ef-durations"
            ariaLabel={`Event-frame duration histogram (${scope}): median ${data.medianSeconds === null ? 'none' : formatHumanSeconds(data.medianSeconds)}`}
            fileName="event-frame-durations"
            height={HEIGHT}
          />
        </>
      ) : null}
    </ChartState>
  );
}
