/** A live tail's events as NDJSON: its start and recent ticks replayed, then each new one, ending with `finished` or `failed`. */
import { errorResponse, ndjsonResponse } from '@/lib/http';
import { findLiveSession, liveEventStream } from '@/lib/live';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, ctx: RouteContext<'/api/live/[id]/events'>): Promise<Response> {
  const { id } = await ctx.params;
  const session = findLiveSession(id);
  if (!session) return errorResponse({ code: 'not_found', message: `id: no live tail '${id}' is known` });
  return ndjsonResponse(liveEventStream(session, request.signal));
}
