/**
 * GET /api/bronze/event-frames/timeline?asset=&start=&end=&lanes=&laneOffset=&limit=: a page of
 * an AF database's timeline lanes (one per element) with their frames overlapping the window.
 * Without start and end the window is the database's last event-frame search, so the timeline
 * shows what the run searched; with neither, every frame.
 */
import { eventFrameTimeline, lastEventFrameSearch } from '@/lib/bronze';
import { timelineParams, type FrameTimelineResult } from '@/lib/api-contract';
import { OPEN_END_MS } from '../../read-bronze';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: timelineParams,
    read: async (store, { start, end, limit, lanes, laneOffset }, assetKey): Promise<FrameTimelineResult> => {
      const search = start === undefined && end === undefined ? await lastEventFrameSearch(store, { assetKey }) : null;
      const window = search ? { startMs: search.startMs, endMs: search.endMs } : start !== undefined || end !== undefined ? { startMs: start ?? 0, endMs: end ?? OPEN_END_MS } : null;
      const page = await eventFrameTimeline(store, {
        assetKey,
        startMs: window?.startMs ?? 0,
        endMs: window?.endMs ?? OPEN_END_MS,
        laneLimit: lanes,
        laneOffset,
        frameLimit: limit + 1,
      });
      return {
        lanes: page.lanes,
        laneCount: page.laneCount,
        laneOffset,
        frames: page.frames.slice(0, limit),
        truncated: page.frames.length > limit,
        window,
        // Frames in progress are drawn up to the server's clock, not the browser's.
        nowMs: Date.now(),
      };
    },
    empty: ({ laneOffset }) => ({ lanes: [], laneCount: 0, laneOffset, frames: [], truncated: false, window: null, nowMs: Date.now() }),
    what: 'the event-frame timeline',
  });
}
