import { JSON_CONTENT_TYPE, piErrorResponse } from '../http/json-response';
import type { HandlerContext, RouteDef } from '../router/types';
import type { MockResponse } from '../http/types';
import { BatchBudget, batchValueBudget, reserveFixedRequests } from './batch-budget';
import { streamBatch } from './execute-batch';
import { executionOrder } from './execution-order';
import { parseBatchBody, type ParsedBatch } from './parse-batch';
import { jsonPathItemLimit, ParentResults } from './parent-results';
import type { DispatchFn } from './run-sub-request';
import { SubRequestCoster } from './sub-request-cost';

/**
 * `POST /batch`: 207 for any well-formed batch, whatever its sub-results (contract §6), streamed
 * as it runs. A batch asking for more values than its budget is a 400 before anything runs: PI
 * answers 400 when one call asks for more than MaxReturnedItemsPerCall (contract §1.4), and 413
 * would tell the client its small request body was too large.
 */
export function batchRoute(dispatch: DispatchFn): RouteDef {
  return {
    method: 'POST',
    pattern: '/batch',
    handler: (ctx) => {
      const parsed = parseBatchBody(ctx.req.body);
      if (!parsed.ok) return piErrorResponse(400, parsed.error);
      return answerBatch(ctx, dispatch, parsed.value, 207);
    },
  };
}

/**
 * Orders, budgets and runs a parsed batch, streaming its answer with `status` (207 for PI's form;
 * seed compatibility answers its list form 200, as the seed's mock does).
 */
export function answerBatch(ctx: HandlerContext, dispatch: DispatchFn, batch: ParsedBatch, status: number): MockResponse {
  const { world } = ctx;
  const order = executionOrder(batch.requests);
  if (!order.ok) return piErrorResponse(400, [order.error]);
  const coster = new SubRequestCoster(world);
  const budget = new BatchBudget(batchValueBudget(world.options));
  const reserved = reserveFixedRequests(batch, coster, budget);
  if (!reserved.ok) return piErrorResponse(400, [reserved.error]);
  const parents = new ParentResults(batch, jsonPathItemLimit(world.options));
  const batchCtx = { world, outer: ctx.req, dispatch, coster, budget, parents, statuses: new Map<string, number>() };
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE }, body: streamBatch(batchCtx, batch, order.value) };
}
