/** GET: the run history, newest first (a running run included). POST: start a run; 202 with its id. */
import { errorResponse, parseJsonBody } from '@/lib/http';
import { getBronzeStore, listRunHistory, startRun } from '@/lib/runs';
import { runSettings, type RunHistoryItem } from '@/lib/api-contract';
import { failureResponse, fieldErrorResponse } from './respond';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(): Promise<Response> {
  try {
    const items: RunHistoryItem[] = await listRunHistory(await getBronzeStore());
    return Response.json({ items });
  } catch (error) {
    return failureResponse(error, 'listing runs');
  }
}

export async function POST(request: Request): Promise<Response> {
  const settings = await parseJsonBody(request, runSettings);
  if (!settings.ok) return settings.error;
  try {
    const started = await startRun(settings.value);
    if (started.ok) {
      const { runId } = started.value;
      return Response.json({ runId }, { status: 202, headers: { Location: `/api/runs/${runId}` } });
    }
    const e = started.error;
    if (e.kind === 'run_in_progress') {
      return errorResponse({ code: 'run_in_progress', message: `run ${e.runId} is still going; cancel it or wait for it to end`, details: { runId: e.runId } });
    }
    return fieldErrorResponse(e.field, e.message);
  } catch (error) {
    return failureResponse(error, 'starting a run');
  }
}
