/**
 * Runs one request (an HTTP request or a batch sub-request) through the routing table. Transport
 * concerns (auth, CSRF, latency, faults) live in handle.ts; this is only routing and error shape.
 */
import { isWebIdType, WEB_ID_TYPES } from '../../pi-contract';
import { piErrorResponse } from '../http/json-response';
import { PiRequestError } from '../http/pi-error';
import type { MockRequest, MockResponse } from '../http/types';
import type { MockWorld } from '../world';
import { RouteTable, splitPath } from './match-route';
import type { HandlerContext, RouteDef } from './types';

export class Dispatcher {
  private readonly table: RouteTable;

  constructor(routes: readonly RouteDef[]) {
    this.table = new RouteTable(routes);
  }

  async dispatch(world: MockWorld, req: MockRequest): Promise<MockResponse> {
    const match = this.table.match(req.method, splitPath(req.path));
    if (match.kind === 'not-found') {
      return piErrorResponse(404, [`The requested resource '${req.path}' was not found. Check the URL against the PI Web API reference.`]);
    }
    if (match.kind === 'method-not-allowed') {
      return piErrorResponse(405, [`The requested resource does not support http method '${req.method}'.`], {
        Allow: match.allowed.join(', '),
      });
    }
    try {
      const ctx: HandlerContext = {
        req,
        params: match.params,
        world,
        webIdType: parseWebIdType(req.query.get('webIdType')),
        url: (path) => req.baseUrl + path,
      };
      return await match.route.handler(ctx);
    } catch (error) {
      if (error instanceof PiRequestError) return piErrorResponse(error.status, error.messages, error.headers);
      // A bug in the mock: answer like a PI server (500 + Errors) without leaking internals.
      console.error('[pi-mock] handler failed', req.method, req.path, error);
      return piErrorResponse(500, ['An unexpected error occurred in the mock PI Web API.']);
    }
  }
}

export function parseWebIdType(value: string | undefined) {
  if (value === undefined || value === '') return 'Full' as const;
  const match = WEB_ID_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
  if (match && isWebIdType(match)) return match;
  throw new PiRequestError(400, [
    `The value '${value}' is not valid for parameter 'webIdType'. Allowed values: ${WEB_ID_TYPES.join(', ')}.`,
  ]);
}
