'use client';

import { useMemo, useState } from 'react';
import { formatCount } from '@/lib/client/format';
import { ChartState } from '../charts/chart-state';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { Button } from '../ui/button';
import { timelineCsv } from './event-frames-csv';
import { NoFrames } from './frame-templates-chart';
import { timelineOption } from './timeline-option';
import { TIMELINE_LANES, useFrameTimeline } from './use-frame-timeline';

/** Height of one element's lane: two overlapping frames still get a readable bar each. */
const LANE_PX = 34;
/** Legend, time axis and zoom slider. */
const CHROME_PX = 140;

/** The timeline a page of elements at a time: a lane per element over the searched week. */
export function FrameTimelineChart({ asset }: { asset: number }) {
  const palette = useChartPalette();
  const [page, setPage] = useState({ asset, offset: 0 });
  // Another AF database starts again at its first elements.
  const offset = page.asset === asset ? page.offset : 0;
  const { data, error, isPending, isPlaceholderData, refetch } = useFrameTimeline(asset, offset);
  const option = useMemo(
    () => (data ? timelineOption({ lanes: data.lanes, frames: data.frames, nowMs: data.nowMs, window: data.window, palette }) : null),
    [data, palette],
  );
  const csv = useMemo(() => (data ? timelineCsv(data.lanes, data.frames) : null), [data]);
  const height = Math.max(TIMELINE_LANES, data?.lanes.length ?? 0) * LANE_PX + CHROME_PX;
  const inProgress = data?.frames.filter((f) => f.endMs === null).length ?? 0;
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="The event-frame timeline could not be loaded"
      isEmpty={!!data && data.laneCount === 0}
      emptyMessage={<NoFrames />}
      height={height}
    >
      {option && data && csv ? (
        <div aria-busy={isPlaceholderData}>
          <EChart
            option={option}
            csv={csv}
            testId="chart-ef-timeline"
            ariaLabel={`Event-frame timeline: ${formatCount(data.lanes.length)} elements, ${formatCount(data.frames.length)} frames, ${formatCount(inProgress)} in progress`}
            fileName={`event-frame-timeline-elements-${data.laneOffset + 1}-${data.laneOffset + data.lanes.length}`}
            height={height}
          />
          {data.truncated ? <p className="chart-note">Showing the oldest {formatCount(data.frames.length)} frames of these elements; more are in bronze.</p> : null}
          <nav className="pager" aria-label="Timeline elements">
            <span aria-live="polite" data-testid="ef-timeline-elements">
              Elements {formatCount(data.laneOffset + 1)}–{formatCount(data.laneOffset + data.lanes.length)} of {formatCount(data.laneCount)}
            </span>
            <Button variant="secondary" disabled={offset === 0} onClick={() => setPage({ asset, offset: Math.max(0, offset - TIMELINE_LANES) })}>
              Previous elements
            </Button>
            <Button
              variant="secondary"
              disabled={data.laneOffset + data.lanes.length >= data.laneCount}
              onClick={() => setPage({ asset, offset: offset + TIMELINE_LANES })}
            >
              Next elements
            </Button>
          </nav>
        </div>
      ) : null}
    </ChartState>
  );
}
