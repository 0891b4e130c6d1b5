'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { frameTimelineResult } from '@/lib/api-contract';

/** Elements per timeline page: a lane each, readable at 1366x768 without the chart outgrowing the screen. */
export const TIMELINE_LANES = 12;
/** Frames per page at most; a page of 12 elements holds a few dozen a week at every tier. */
export const TIMELINE_FRAME_LIMIT = 5_000;

/** One page of lanes, from `laneOffset`, over the last event-frame search's window. */
export function useFrameTimeline(asset: number, laneOffset: number) {
  return useQuery({
    queryKey: queryKeys.frameTimeline(asset, laneOffset),
    queryFn: ({ signal }) => getJson(apiRoutes.frameTimeline({ asset, lanes: TIMELINE_LANES, laneOffset, limit: TIMELINE_FRAME_LIMIT }), frameTimelineResult, { signal }),
    // The chart keeps the current page while the next one loads.
    placeholderData: keepPreviousData,
  });
}
