/** GET /api/bronze/event-frames/timeline?start=&end=&limit=: frames overlapping the window, oldest first. */
import { eventFrameTimeline } from '@/lib/bronze';
import { timelineParams } from '@/lib/client/schemas/bronze-params';
import type { FrameTimelineResult } from '@/lib/client/schemas/bronze';
import { OPEN_END_MS, readBronze } from '../../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    timelineParams,
    async (store, { start, end, limit }): Promise<FrameTimelineResult> => {
      const frames = await eventFrameTimeline(store, { startMs: start ?? 0, endMs: end ?? OPEN_END_MS, limit: limit + 1 });
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
    'the event-frame timeline',
  );
}
