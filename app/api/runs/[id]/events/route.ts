/**
 * A run's events as NDJSON: replayed from the first, then live, ending after `finished` or
 * `failed`, so a reload or a second screen re-attaches. A run older than this process streams
 * the terminal event its history row supports.
 */
import { ndjsonResponse } from '@/lib/http';
import { findRunHistoryItem, fixedEventStream, getBronzeStore, runEventStream, runRegistry, storedRunEvents } from '@/lib/runs';
import { failureResponse, unknownRunResponse } from '../../respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request, ctx: RouteContext<'/api/runs/[id]/events'>): Promise<Response> {
  const { id } = await ctx.params;
  const handle = runRegistry().find(id);
  if (handle) return ndjsonResponse(runEventStream(handle, request.signal));
  try {
    const item = await findRunHistoryItem(await getBronzeStore(), id);
    return item ? ndjsonResponse(fixedEventStream(storedRunEvents(item))) : unknownRunResponse(id);
  } catch (error) {
    return failureResponse(error, `streaming run ${id}`);
  }
}
