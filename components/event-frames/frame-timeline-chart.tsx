'use client';

import { useState } from 'react';
import type { FrameTimelineResult } from '@/lib/api-contract';
import { formatCount } from '@/lib/client';
import { ChartState } from '../charts/chart-state';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { Button } from '../ui/button';
import { timelineCsv } from './event-frames-csv';
import { NoFrames } from './frame-templates-chart';
import { timelineOption } from './timeline-option';
import { TIMELINE_LANES, useFrameTimeline } from './use-frame-timeline';

/** Height of one element's lane: two overlapping frames still get a readable bar each. */
const LANE_PX = 34;
/** Legend, time axis and zoom slider. */
const CHROME_PX = 140;

const toOption = (data: FrameTimelineResult, { palette }: ChartDrawing) =>
  timelineOption({ lanes: data.lanes, frames: data.frames, nowMs: data.nowMs, window: data.window, palette });
const toCsv = (data: FrameTimelineResult) => timelineCsv(data.lanes, data.frames);

/** The timeline a page of elements at a time: a lane per element over the searched week. */
export function FrameTimelineChart({ asset }: { asset: number }) {
  const [page, setPage] = useState({ asset, offset: 0 });
  // Another AF database starts again at its first elements.
  const offset = page.asset === asset ? page.offset : 0;
  const { data, error, isPending, isPlaceholderData, refetch } = useFrameTimeline(asset, offset);
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
      {data ? (
        <div aria-busy={isPlaceholderData}>
          <ThemedChart
            data={data}
            toOption={toOption}
            toCsv={toCsv}
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
