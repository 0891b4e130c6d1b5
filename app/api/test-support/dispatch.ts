/**
 * Serves a Request the way Next does, for tests of the route handlers: the root proxy first, then
 * the route. The proxy gets the URL, method and headers only; Next hands it a copy of the body,
 * which the proxy never reads.
 */
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';

export type RouteHandler<P> = (request: Request, ctx: { params: Promise<P> }) => Response | Promise<Response>;

export async function dispatch<P>(request: Request, handler: RouteHandler<P>, params: P): Promise<Response> {
  const refused = proxy(new NextRequest(request.url, { method: request.method, headers: request.headers }));
  if (refused !== undefined) return refused;
  return handler(request, { params: Promise.resolve(params) });
}

/** A request as the dashboard's own page sends it: same origin, JSON. */
export function ownRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:3000${path}`, {
    method,
    headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}
