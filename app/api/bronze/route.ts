/**
 * DELETE: "Clear bronze and history": every bronze table, the checkpoints and demo.runs emptied in
 * one transaction. 409 while a run is going; the proxy admits only the dashboard's own page.
 */
import { errorResponse } from '@/lib/http';
import { clearBronzeAndHistory, getBronzeStore } from '@/lib/runs';
import { failureResponse } from '../runs/respond';
import type { ClearedBronze } from '@/lib/api-contract';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function DELETE(): Promise<Response> {
  try {
    const result = await clearBronzeAndHistory(await getBronzeStore());
    if (!result.ok) {
      const { runId } = result.error;
      return errorResponse({
        code: 'run_in_progress',
        message: `Run ${runId} is landing into bronze; wait for it to finish or cancel it before clearing bronze and history.`,
        details: { runId },
      });
    }
    const body: ClearedBronze = { cleared: result.value };
    return Response.json(body);
  } catch (error) {
    return failureResponse(error, 'clearing bronze and history');
  }
}
