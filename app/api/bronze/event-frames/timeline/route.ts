/** GET /api/bronze/event-frames/timeline?asset=&start=&end=&limit=: an AF database's frames overlapping the window, oldest first. */
import { eventFrameTimeline } from '@/lib/bronze';
import { timelineParams } from '@/lib/client/schemas/bronze-params';
import type { FrameTimelineResult } from '@/lib/client/schemas/bronze';
import { OPEN_END_MS } from '../../read-bronze';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: timelineParams,
    read: async (store, { start, end, limit }, assetKey): Promise<FrameTimelineResult> => {
      const frames = await eventFrameTimeline(store, { assetKey, startMs: start ?? 0, endMs: end ?? OPEN_END_MS, limit: limit + 1 });
      return {
        frames: frames.slice(0, limit).map(({ webId, name, templateName, startMs, endMs, severity }) => ({
          webId,
          name,
          templateName,
          startMs,
          endMs,
          severity,
        })),
        truncated: frames.length > limit,
        // Frames in progress are drawn up to the server's clock, not the browser's.
        nowMs: Date.now(),
      };
    },
    empty: () => ({ frames: [], truncated: false, nowMs: Date.now() }),
    what: 'the event-frame timeline',
  });
}
