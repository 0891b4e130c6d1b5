/** DELETE: stop a live tail (202); it lands what it holds and ends its events with `finished`. */
import { errorResponse } from '@/lib/http';
import { findLiveSession } from '@/lib/live';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function DELETE(_request: Request, ctx: RouteContext<'/api/live/[id]'>): Promise<Response> {
  const { id } = await ctx.params;
  const session = findLiveSession(id);
  if (!session) return errorResponse({ code: 'not_found', message: `id: no live tail '${id}' is known` });
  if (session.log.ended) return errorResponse({ code: 'conflict', message: `id: live tail ${id} already ended` });
  session.stop();
  return Response.json({ sessionId: id }, { status: 202 });
}
