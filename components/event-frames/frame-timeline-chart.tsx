'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client/format';
import { ChartState } from '../charts/chart-state';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { NoFrames } from './frame-templates-chart';
import { timelineOption, timelineRows } from './timeline-option';
import { useFrameTimeline } from './use-frame-timeline';

const ROW_PX = 56;

export function FrameTimelineChart({ asset }: { asset: number }) {
  const palette = useChartPalette();
  const { data, error, isPending, refetch } = useFrameTimeline(asset);
  const option = useMemo(() => (data ? timelineOption(data.frames, data.nowMs, palette) : null), [data, palette]);
  const rowCount = data ? timelineRows(data.frames, data.nowMs).templates.length : 4;
  const height = Math.max(260, rowCount * ROW_PX + 120);
  const inProgress = data?.frames.filter((f) => f.endMs === null).length ?? 0;
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="The event-frame timeline could not be loaded"
      isEmpty={!!data && data.frames.length === 0}
      emptyMessage={<NoFrames />}
      height={height}
    >
      {option && data ? (
        <>
          <EChart
            option={option}
            testId="chart-ef-timeline"
            ariaLabel={`Event-frame timeline: ${formatCount(data.frames.length)} frames, ${formatCount(inProgress)} in progress`}
            fileName="event-frame-timeline"
            height={height}
          />
          {data.truncated ? <p className="chart-note">Showing the oldest {formatCount(data.frames.length)} frames; more are in bronze.</p> : null}
        </>
      ) : null}
    </ChartState>
  );
}
