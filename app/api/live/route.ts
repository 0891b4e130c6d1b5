/** GET: the live tail going now, if any. POST `{ tier, tagCount }`: start one; 202 with its id, 409 while one goes. */
import { errorResponse, internalErrorResponse, parseJsonBody } from '@/lib/http';
import { startLiveBody } from '@/lib/api-contract';
import { currentLiveSession, startLiveSession } from '@/lib/live';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(): Response {
  const session = currentLiveSession();
  return Response.json({ sessionId: session?.id ?? null });
}

export async function POST(request: Request): Promise<Response> {
  const body = await parseJsonBody(request, startLiveBody);
  if (!body.ok) return body.error;
  try {
    const started = startLiveSession(body.value);
    if (started.ok) return Response.json(started.value, { status: 202, headers: { Location: `/api/live/${started.value.sessionId}` } });
    return errorResponse({
      code: 'run_in_progress',
      message: `live tail ${started.error.sessionId} is going; stop it first`,
      details: { sessionId: started.error.sessionId },
    });
  } catch (error) {
    return internalErrorResponse(error, 'starting a live tail');
  }
}
