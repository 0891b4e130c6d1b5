/**
 * The values one batch may ask for (MockOptions.maxBatchValues, default 10 x
 * MaxReturnedItemsPerCall): a 6.8 KB batch of 40 recorded reads with maxCount 150,000 once
 * produced an 896 MB answer. Every sub-request whose Resource is fixed is judged before anything
 * runs, and a batch past the budget is refused whole. Resources known only once their parents
 * have answered (`{0}` placeholders, RequestTemplate) take what is left when they run.
 */
import { err, ok, type Result } from '../../result';
import type { MockOptions } from '../options';
import type { ParsedBatch, SubRequest } from './parse-batch';
import { quoted } from './quoted';
import type { SubRequestCoster } from './sub-request-cost';
import { subRequestTarget } from './sub-request';

/** Ten calls' worth of MaxReturnedItemsPerCall: 1,500,000 values by default. */
const DEFAULT_CALLS_PER_BATCH = 10;
/** Requests named in a refusal; the rest are counted. */
const MAX_NAMED = 10;

export function batchValueBudget(options: MockOptions): number {
  return options.maxBatchValues ?? DEFAULT_CALLS_PER_BATCH * options.maxReturnedItemsPerCall;
}

/** Values reserved so far against the budget. */
export class BatchBudget {
  private spentValues = 0;

  constructor(readonly limitValues: number) {}

  get spent(): number {
    return this.spentValues;
  }

  /** Reserves `values` when they fit in what is left; false, reserving nothing, otherwise. */
  tryReserve(values: number): boolean {
    if (this.spentValues + values > this.limitValues) return false;
    this.spentValues += values;
    return true;
  }
}

/** The Resource a sub-request runs as is (no RequestTemplate, no `{n}` placeholder); null otherwise. */
export function fixedResource(sub: SubRequest): string | null {
  if (sub.RequestTemplate !== undefined || sub.Resource === undefined || sub.Resource.includes('{')) return null;
  return sub.Resource;
}

/** Cost of a sub-request's Resource; one for a Resource that only earns a 400. */
export function resourceCost(coster: SubRequestCoster, method: string, resource: string): number {
  const target = subRequestTarget(resource);
  return target.ok ? coster.cost(method, target.value) : 1;
}

/**
 * Reserves every fixed sub-request, in body order; err names the ones from where the running
 * total passes the budget (the ones that would have to go into another batch).
 */
export function reserveFixedRequests(batch: ParsedBatch, coster: SubRequestCoster, budget: BatchBudget): Result<void, string> {
  let total = 0;
  const over: string[] = [];
  let overCount = 0;
  for (const [id, sub] of batch.requests) {
    const resource = fixedResource(sub);
    if (resource === null) continue;
    const cost = resourceCost(coster, sub.Method, resource);
    total += cost;
    if (total <= budget.limitValues) continue;
    overCount++;
    if (over.length < MAX_NAMED) over.push(`${quoted(id)} (${cost})`);
  }
  if (overCount === 0) {
    budget.tryReserve(total);
    return ok(undefined);
  }
  const more = overCount > over.length ? ` and ${overCount - over.length} more` : '';
  return err(
    `The batch asks for up to ${total} values, more than the ${budget.limitValues} one batch may return (MaxBatchValues); ` +
      `past that budget: requests ${over.join(', ')}${more}. Split the batch, or ask for fewer values per request (maxCount, a shorter time range).`,
  );
}

/** Why a sub-request known only at run time gets no share of the budget. */
export function overBudgetMessage(id: string, values: number, budget: BatchBudget, requestCount = 1): string {
  const what = requestCount === 1 ? 'asks' : `expands into ${requestCount} requests that ask`;
  return (
    `The batch request ${quoted(id)} ${what} for up to ${values} values; with the ${budget.spent} already given to this batch ` +
    `that is more than the ${budget.limitValues} one batch may return (MaxBatchValues).`
  );
}

