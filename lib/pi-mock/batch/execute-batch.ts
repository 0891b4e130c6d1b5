/**
 * The batch controller (contract §6): runs sub-requests in dependency order through the same
 * router as single requests, resolves JSONPath Parameters against earlier responses, expands
 * RequestTemplates, answers 409 for dependants of a failed parent, and injects faults per
 * sub-request. Sub-response bodies are embedded as the bytes the handlers rendered: a batch of
 * 100 recorded reads is never parsed and re-serialised.
 */
import { JSON_CONTENT_TYPE } from '../http/json-response';
import type { MockRequest, MockResponse } from '../http/types';
import type { MockWorld } from '../world';
import { injectFault } from '../router/faults';
import { parseJsonPath, selectJsonPath } from './json-path';
import type { ParsedBatch, SubRequest } from './parse-batch';
import { renderBatch, renderTemplateContent, type SubResult } from './render-batch';
import { toSubRequest } from './sub-request';

export type DispatchFn = (world: MockWorld, req: MockRequest) => Promise<MockResponse>;

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
  return { status: res.status, headers, content: res.body.length > 0 ? res.body : null };
}

function parsedContent(result: SubResult): unknown {
  if (result.parsed === undefined) result.parsed = result.content ? JSON.parse(result.content.toString('utf8')) : null;
  return result.parsed;
}

export async function executeBatch(world: MockWorld, outer: MockRequest, batch: ParsedBatch, order: string[], dispatch: DispatchFn) {
  const results = new Map<string, SubResult>();

  const evaluate = (jsonPath: string): { values: unknown[] } | { error: string } => {
    const steps = parseJsonPath(jsonPath);
    if (!steps.ok) return { error: steps.error };
    const [first, ...rest] = steps.value;
    if (!first || first.kind !== 'name') return { error: `JSONPath '${jsonPath}' must start with '$.<request id>'.` };
    const parent = results.get(first.name);
    if (!parent) return { error: `JSONPath '${jsonPath}' refers to '${first.name}', which is not a parent of this request.` };
    const root = { Status: parent.status, Headers: parent.headers, Content: parsedContent(parent) };
    return { values: selectJsonPath(root, rest) };
  };

  const runOne = async (sub: SubRequest, resource: string): Promise<SubResult> => {
    const fault = injectFault(world);
    if (fault) return fromResponse(fault);
    const req = toSubRequest(outer, sub.Method, resource, sub.Headers, sub.Content);
    if (!req.ok) return failure(400, req.error);
    if (req.value.path.toLowerCase() === '/batch') return failure(400, 'A batch request cannot contain another batch request.');
    return fromResponse(await dispatch(world, req.value));
  };

  for (const id of order) {
    const sub = batch.requests.get(id)!;
    const failedParents = (sub.ParentIds ?? []).filter((p) => !isSuccess(results.get(p)?.status ?? 0));
    if (failedParents.length > 0) {
      // PI answers dependants of a failed parent with 409 and a plain-string Content.
      results.set(id, {
        status: 409,
        headers: {},
        content: jsonBytes(`The following ParentIds did not complete successfully: ${failedParents.join(', ')}.`),
      });
      continue;
    }
    const params: unknown[][] = [];
    let paramError: string | null = null;
    for (const p of sub.Parameters ?? []) {
      const r = evaluate(p);
      if ('error' in r) paramError = r.error;
      else params.push(r.values);
    }
    if (paramError) {
      results.set(id, failure(400, paramError));
      continue;
    }
    if (sub.RequestTemplate) {
      results.set(id, await runTemplate(sub, sub.RequestTemplate.Resource, params, runOne));
      continue;
    }
    const resource = substitute(sub.Resource ?? '', params.map((values) => values[0]));
    if (resource === null) {
      results.set(id, failure(400, `A Parameter of request '${id}' selected nothing in its parent's response.`));
      continue;
    }
    results.set(id, await runOne(sub, resource));
  }
  return renderBatch(batch, results);
}

/** One sub-request per token of the multi-match parameter(s); single values are reused for every token. */
async function runTemplate(
  sub: SubRequest,
  template: string,
  params: unknown[][],
  runOne: (sub: SubRequest, resource: string) => Promise<SubResult>,
): Promise<SubResult> {
  const total = params.reduce((max, values) => Math.max(max, values.length), 0);
  const items: SubResult[] = [];
  for (let i = 0; i < total; i++) {
    const resource = substitute(template, params.map((values) => (values.length === 1 ? values[0] : values[i])));
    items.push(resource === null ? failure(400, `Token ${i} of the RequestTemplate has no value.`) : await runOne(sub, resource));
  }
  return {
    status: items.every((item) => isSuccess(item.status)) ? 200 : 207,
    headers: { 'Content-Type': JSON_CONTENT_TYPE },
    content: renderTemplateContent(total, items),
  };
}

function substitute(resource: string, values: unknown[]): string | null {
  // Most resources have no placeholder: skip the regex and its copy of the string.
  if (!resource.includes('{')) return resource;
  let missing = false;
  const out = resource.replace(/\{(\d+)\}/g, (_m, n: string) => {
    const v = values[Number(n)];
    if (v === undefined || v === null) {
      missing = true;
      return '';
    }
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
  return missing ? null : out;
}
