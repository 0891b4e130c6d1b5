import { piErrorResponse, rawJsonResponse } from '../http/json-response';
import type { RouteDef } from '../router/types';
import { executeBatch, type DispatchFn } from './execute-batch';
import { executionOrder, parseBatchBody } from './parse-batch';

/** `POST /batch`: 207 for any well-formed batch, whatever its sub-results (contract §6). */
export function batchRoute(dispatch: DispatchFn): RouteDef {
  return {
    method: 'POST',
    pattern: '/batch',
    handler: async (ctx) => {
      const parsed = parseBatchBody(ctx.req.body, ctx.world.options.compat === 'seed');
      if (!parsed.ok) return piErrorResponse(400, parsed.error);
      const order = executionOrder(parsed.value.requests);
      if (!order.ok) return piErrorResponse(400, [order.error]);
      const body = await executeBatch(ctx.world, ctx.req, parsed.value, order.value, dispatch);
      return rawJsonResponse(body, 207);
    },
  };
}
