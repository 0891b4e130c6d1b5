'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { frameTimelineResult } from '@/lib/client/schemas/bronze';

/** The route's maximum: a day at the largest tier is ~2,100 frames; beyond it the chart says it is cut. */
export const TIMELINE_FRAME_LIMIT = 5_000;

export function useFrameTimeline(asset: number) {
  return useQuery({
    queryKey: queryKeys.frameTimeline(asset),
    queryFn: () => getJson(bronzeUrl('event-frames/timeline', { asset, limit: TIMELINE_FRAME_LIMIT }), frameTimelineResult),
  });
}
