/**
 * The embedded mock at the paths a real PI Web API uses (`/piwebapi/...`), for curl and outside
 * clients. Only adapts Request/Response: routing, auth, faults, batch and the body limit live in
 * lib/pi-mock and lib/http.
 */
import { toMockRequest } from './to-mock-request';
import { toWebResponse } from './to-web-response';
import { currentWorld, handleRequest } from '@/lib/pi-mock';

export const dynamic = 'force-dynamic';

async function serve(request: Request): Promise<Response> {
  const world = currentWorld();
  const adapted = await toMockRequest(request, world.options.maxRequestContentLength);
  const response = adapted.ok ? await handleRequest(world, adapted.value) : adapted.error;
  return toWebResponse(response, request.method);
}

export const GET = serve;
export const POST = serve;
export const PUT = serve;
export const PATCH = serve;
export const DELETE = serve;
export const HEAD = serve;
