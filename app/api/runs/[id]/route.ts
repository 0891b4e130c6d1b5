/** GET: one run's history item. DELETE: cancel a running run (202; it ends with `failed`/`cancelled`). */
import { errorResponse } from '@/lib/http';
import { findRunHistoryItem, getBronzeStore, runRegistry } from '@/lib/runs';
import type { RunHistoryItem } from '@/lib/api-contract';
import { failureResponse, unknownRunResponse } from '../respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(_request: Request, ctx: RouteContext<'/api/runs/[id]'>): Promise<Response> {
  const { id } = await ctx.params;
  try {
    const item: RunHistoryItem | null = await findRunHistoryItem(await getBronzeStore(), id);
    return item ? Response.json(item) : unknownRunResponse(id);
  } catch (error) {
    return failureResponse(error, `reading run ${id}`);
  }
}

export async function DELETE(_request: Request, ctx: RouteContext<'/api/runs/[id]'>): Promise<Response> {
  const { id } = await ctx.params;
  const cancelled = runRegistry().cancel(id);
  if (cancelled.ok) return Response.json({ runId: id }, { status: 202 });
  if (cancelled.error.kind === 'not_running') {
    return errorResponse({ code: 'conflict', message: `id: run ${id} already ended (${cancelled.error.status})`, details: { runId: id, status: cancelled.error.status } });
  }
  try {
    // Not in memory: an older run from bronze has ended too; otherwise the id is unknown.
    const item = await findRunHistoryItem(await getBronzeStore(), id);
    if (!item) return unknownRunResponse(id);
    return errorResponse({ code: 'conflict', message: `id: run ${id} already ended (${item.status})`, details: { runId: id, status: item.status } });
  } catch (error) {
    return failureResponse(error, `cancelling run ${id}`);
  }
}
