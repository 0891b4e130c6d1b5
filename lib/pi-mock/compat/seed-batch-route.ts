/**
 * `POST /batch` in seed compatibility: the seed's list form is answered as its mock answers it,
 * top-level 200 with `{"Responses":[{"Status","Headers","Content"}, ...]}` in request order
 * (`{"Responses":[]}` for an empty list); PI's keyed form, with the same relative Resources and
 * object Parameters allowed, keeps PI's 207. Bodies that are neither go to the standard route.
 */
import { answerBatch, batchRoute } from '../batch/batch-route';
import type { DispatchFn } from '../batch/run-sub-request';
import { jsonResponse, piErrorResponse } from '../http/json-response';
import type { RouteDef } from '../router/types';
import { parseSeedBatchBody } from './seed-batch-body';

export function seedBatchRoute(dispatch: DispatchFn): RouteDef {
  const standard = batchRoute(dispatch);
  return {
    method: 'POST',
    pattern: '/batch',
    handler: (ctx) => {
      const parsed = parseSeedBatchBody(ctx.req.body);
      if (parsed === null) return standard.handler(ctx);
      if (!parsed.ok) return piErrorResponse(400, parsed.error);
      if (parsed.value.requests.size === 0) return jsonResponse(ctx.req.query, { Responses: [] });
      return answerBatch(ctx, dispatch, parsed.value, parsed.value.listShaped ? 200 : 207);
    },
  };
}
