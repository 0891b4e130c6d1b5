/**
 * Wraps a standard route so seed compatibility can adjust what goes in and what comes out
 * without the handler knowing: a different query, a rewritten JSON body. Only used on small
 * answers (event frames, the landing page): a rewrite parses and re-serialises the body.
 */
import { rawJsonResponse } from '../http/json-response';
import { QueryParams } from '../http/query-params';
import type { MockResponse } from '../http/types';
import type { HandlerContext, RouteDef } from '../router/types';

export interface RouteRewrite {
  /** Parameters as the standard handler should see them; undefined: unchanged. */
  query?(query: QueryParams): QueryParams;
  /** A 2xx JSON body as the seed's clients expect it; may change `body` in place. */
  body?(body: unknown, ctx: HandlerContext): unknown;
}

/** A copy of `query` with each parameter passed through `map` (null drops it). */
export function mapQuery(query: QueryParams, map: (name: string, value: string) => string | null): QueryParams {
  const out = new URLSearchParams();
  for (const [name, value] of query.entries()) {
    const mapped = map(name, value);
    if (mapped !== null) out.append(name, mapped);
  }
  return new QueryParams(out);
}

function rewriteBody(res: MockResponse, ctx: HandlerContext, body: NonNullable<RouteRewrite['body']>): MockResponse {
  // Only buffered JSON successes: errors keep their shape, and no standard route streams here.
  if (res.status < 200 || res.status >= 300 || !Buffer.isBuffer(res.body) || res.body.length === 0) return res;
  const json: unknown = JSON.parse(res.body.toString('utf8'));
  return rawJsonResponse(Buffer.from(JSON.stringify(body(json, ctx)), 'utf8'), res.status, res.headers);
}

export function rewriteRoute(route: RouteDef, rewrite: RouteRewrite): RouteDef {
  return {
    ...route,
    handler: async (ctx) => {
      const req = rewrite.query ? { ...ctx.req, query: rewrite.query(ctx.req.query) } : ctx.req;
      const res = await route.handler({ ...ctx, req });
      return rewrite.body ? rewriteBody(res, ctx, rewrite.body) : res;
    },
  };
}
