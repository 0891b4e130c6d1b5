/**
 * One sub-request of a batch (contract §6): 409 when a parent failed, its Parameters resolved
 * against earlier answers, a RequestTemplate expanded into one request per token, a Resource known
 * only now judged against what is left of the budget, a fault injected per request, then the
 * shared router.
 */
import { JSON_CONTENT_TYPE } from '../http/json-response';
import { bufferedBodyOrThrow } from '../http/response-body';
import type { MockRequest, MockResponse } from '../http/types';
import { injectFault } from '../router/faults';
import type { MockWorld } from '../world';
import { fixedResource, overBudgetMessage, resourceCost, type BatchBudget } from './batch-budget';
import type { SubRequest } from './parse-batch';
import type { ParentResults } from './parent-results';
import { quoted } from './quoted';
import { renderTemplateContent, type SubResult } from './render-batch';
import type { SubRequestCoster } from './sub-request-cost';
import { toSubRequest } from './sub-request';
import { MAX_RESOURCE_CHARS, PlaceholderTexts, substitute } from './substitute';

export type DispatchFn = (world: MockWorld, req: MockRequest) => Promise<MockResponse>;

/** What every sub-request of one batch shares. */
export interface BatchContext {
  world: MockWorld;
  outer: MockRequest;
  dispatch: DispatchFn;
  coster: SubRequestCoster;
  budget: BatchBudget;
  parents: ParentResults;
  /** Status of every sub-request that has run. */
  statuses: Map<string, number>;
}

const isSuccess = (status: number) => status >= 200 && status < 300;

function jsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

function failure(status: number, message: string): SubResult {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE }, content: jsonBytes({ Errors: [message] }) };
}

function fromResponse(res: MockResponse): SubResult {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) headers[k] = v;
  // Sub-requests never reach the batch route (refused below), so no body streams here.
  const body = bufferedBodyOrThrow(res);
  return { status: res.status, headers, content: body.length > 0 ? body : null };
}

async function runOne(ctx: BatchContext, sub: SubRequest, resource: string): Promise<SubResult> {
  const fault = injectFault(ctx.world);
  if (fault) return fromResponse(fault);
  const req = toSubRequest(ctx.outer, sub.Method, resource, sub.Headers, sub.Content);
  if (!req.ok) return failure(400, req.error);
  if (req.value.path.toLowerCase() === '/batch') return failure(400, 'A batch request cannot contain another batch request.');
  return fromResponse(await ctx.dispatch(ctx.world, req.value));
}

/** One sub-request per token of the multi-match parameter(s); single values are reused for every token. */
async function runTemplate(ctx: BatchContext, id: string, sub: SubRequest, template: string, params: unknown[][]): Promise<SubResult> {
  const total = params.reduce((max, values) => Math.max(max, values.length), 0);
  const texts = new PlaceholderTexts();
  const resources = Array.from({ length: total }, (_, i) => substitute(template, params.map((values) => (values.length === 1 ? values[0] : values[i])), texts));
  // The expansion is known only now: it is judged whole before any of it runs.
  const cost = resources.reduce((sum, r) => sum + (r.ok ? resourceCost(ctx.coster, sub.Method, r.value) : 1), 0);
  if (!ctx.budget.tryReserve(cost)) return failure(400, overBudgetMessage(id, cost, ctx.budget, total));
  const items: SubResult[] = [];
  for (const [i, resource] of resources.entries()) {
    if (resource.ok) items.push(await runOne(ctx, sub, resource.value));
    else if (resource.error === 'missing') items.push(failure(400, `Token ${i} of the RequestTemplate has no value.`));
    else items.push(failure(400, `Token ${i} of the RequestTemplate makes a Resource longer than ${MAX_RESOURCE_CHARS} characters.`));
  }
  return {
    status: items.every((item) => isSuccess(item.status)) ? 200 : 207,
    headers: { 'Content-Type': JSON_CONTENT_TYPE },
    content: renderTemplateContent(total, items),
  };
}

export async function runSubRequest(ctx: BatchContext, id: string, sub: SubRequest): Promise<SubResult> {
  const failedParents = (sub.ParentIds ?? []).filter((p) => !isSuccess(ctx.statuses.get(p) ?? 0));
  if (failedParents.length > 0) {
    // PI answers dependants of a failed parent with 409 and a plain-string Content.
    return { status: 409, headers: {}, content: jsonBytes(`The following ParentIds did not complete successfully: ${failedParents.join(', ')}.`) };
  }
  const params: unknown[][] = [];
  let paramError: string | null = null;
  for (const p of sub.Parameters ?? []) {
    const r = ctx.parents.select(id, p);
    if (!r.ok) paramError = r.error;
    else params.push(r.value);
  }
  if (paramError) return failure(400, paramError);
  if (sub.RequestTemplate) return runTemplate(ctx, id, sub, sub.RequestTemplate.Resource, params);
  const fixed = fixedResource(sub);
  if (fixed !== null) return runOne(ctx, sub, fixed);
  const resource = substitute(sub.Resource ?? '', params.map((values) => values[0]), new PlaceholderTexts());
  if (!resource.ok) {
    return resource.error === 'missing'
      ? failure(400, `A Parameter of request ${quoted(id)} selected nothing in its parent's response.`)
      : failure(400, `A Parameter of request ${quoted(id)} makes its Resource longer than ${MAX_RESOURCE_CHARS} characters.`);
  }
  // Known only now: it takes its share of what the fixed requests left.
  const cost = resourceCost(ctx.coster, sub.Method, resource.value);
  if (!ctx.budget.tryReserve(cost)) return failure(400, overBudgetMessage(id, cost, ctx.budget));
  return runOne(ctx, sub, resource.value);
}
