/** The embedded mock's status (GET) and its tier switch (PUT `{ "tier": 1040 }`), without a restart. */
import { errorResponse, internalErrorResponse, parseJsonBody } from '@/lib/http';
import { ensureListener, setTagCount, status } from '@/lib/pi-mock';
import { runRegistry } from '@/lib/runs';
import { putMockBody, type MockStatus } from '@/lib/api-contract';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    // Normally instrumentation.ts has started it; this covers a failed or not yet finished start.
    await ensureListener();
  } catch (error) {
    console.error('[api] embedded mock listener did not start:', error);
  }
  const body: MockStatus = status();
  return Response.json(body);
}

export async function PUT(request: Request): Promise<Response> {
  const parsed = await parseJsonBody(request, putMockBody);
  if (!parsed.ok) return parsed.error;
  // Switching worlds under a running extraction would change the data it is reading.
  const running = runRegistry().running();
  if (running) {
    return errorResponse({
      code: 'run_in_progress',
      message: `Run ${running.runId} is reading from the mock; wait for it to finish or cancel it before switching the tier.`,
      details: { runId: running.runId },
    });
  }
  try {
    const body: MockStatus = setTagCount(parsed.value.tier);
    return Response.json(body);
  } catch (error) {
    return internalErrorResponse(error, 'switching the mock tier');
  }
}
