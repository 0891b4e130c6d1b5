/**
 * The seed's batch body (issue 14, item 1): `{"Requests":[{"Method":"GET","Resource":
 * "/streams/{webId}/recorded","Parameters":{"startTime":...,"maxCount":"100"}}, ...]}`. Its
 * clients send Resources relative to /piwebapi, Parameters as an object of query parameters, and
 * may leave Method out. Each request is rewritten into PI's own form (a rooted Resource carrying
 * those parameters in its query) and validated by the shared batch parser, so the controller
 * runs it exactly like any other batch. PI's keyed form gets the same rewrite in compat mode.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import { parseBatchEntries, type ParsedBatch } from '../batch/parse-batch';

const MAX_ERRORS = 20;
const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** What `requests` serialises from a dict: a value, or a list of them sent as repeated parameters. */
const queryObject = z.record(z.string(), z.union([scalar, z.array(scalar)]));

/** The request's own key spelled any case (.NET and FastAPI clients differ), or undefined. */
function keyOf(raw: Record<string, unknown>, name: string): string | undefined {
  return Object.keys(raw).find((k) => k.toLowerCase() === name.toLowerCase());
}

/** `/streams/x` and `streams/x` become `/piwebapi/streams/x`; absolute and rooted URLs are kept. */
export function rootedResource(resource: string): string {
  if (/^https?:\/\//i.test(resource)) return resource;
  const path = resource.startsWith('/') ? resource : `/${resource}`;
  return /^\/piwebapi(?:[/?#]|$)/i.test(path) ? path : `/piwebapi${path}`;
}

/** The Resource with `params` in its query; a parameter named in both takes the object's value (names match any case, as PI's do). */
export function withQueryParameters(resource: string, params: z.infer<typeof queryObject>): string {
  const hash = resource.indexOf('#');
  const bare = hash < 0 ? resource : resource.slice(0, hash);
  const q = bare.indexOf('?');
  const query = new URLSearchParams(q < 0 ? '' : bare.slice(q + 1));
  for (const [name, value] of Object.entries(params)) {
    for (const existing of [...query.keys()]) if (existing.toLowerCase() === name.toLowerCase()) query.delete(existing);
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, String(v));
  }
  const search = query.toString();
  return (q < 0 ? bare : bare.slice(0, q)) + (search === '' ? '' : `?${search}`);
}

/** One seed request in PI's form; anything it cannot rewrite is left for the shared parser to name. */
function toPiRequest(raw: unknown, id: string): Result<unknown, string> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return ok(raw);
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const resourceKey = keyOf(out, 'Resource');
  const paramsKey = keyOf(out, 'Parameters');
  let resource = resourceKey === undefined ? undefined : out[resourceKey];
  if (typeof resource === 'string' && resource !== '') resource = rootedResource(resource);
  const params = paramsKey === undefined ? undefined : out[paramsKey];
  // An array keeps PI's meaning (JSONPath into a parent's answer); an object is the seed's query.
  if (paramsKey !== undefined && params !== null && typeof params === 'object' && !Array.isArray(params)) {
    const parsed = queryObject.safeParse(params);
    if (!parsed.success) return err(`The batch request '${id}' has Parameters that are not query values: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
    if (typeof resource === 'string') resource = withQueryParameters(resource, parsed.data);
    delete out[paramsKey];
  }
  if (resourceKey !== undefined) out[resourceKey] = resource;
  return ok(out);
}

/**
 * The body's requests in PI's form: the seed's list (ids "0", "1", ... in list order; an empty
 * list is a valid empty batch) or PI's keyed object, each request rewritten as above. null when
 * the body is neither (not JSON, empty object, ...): the standard parser then names what is wrong.
 */
export function parseSeedBatchBody(body: Buffer | null): Result<ParsedBatch, string[]> | null {
  if (!body || body.length === 0) return null;
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  const list = z.object({ Requests: z.array(z.unknown()) }).strict().safeParse(json);
  const listShaped = list.success;
  let raw: [string, unknown][];
  if (list.success) raw = list.data.Requests.map((r, i) => [String(i), r]);
  else if (json !== null && typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length > 0) raw = Object.entries(json);
  else return null;
  const entries: [string, unknown][] = [];
  const errors: string[] = [];
  for (const [id, request] of raw) {
    const rewritten = toPiRequest(request, id);
    if (rewritten.ok) entries.push([id, rewritten.value]);
    // As many messages as the shared parser gives at most: the 400 stays small whatever the batch.
    else if (errors.length < MAX_ERRORS) errors.push(rewritten.error);
  }
  if (errors.length > 0) return err(errors);
  if (entries.length === 0) return ok({ requests: new Map(), listShaped });
  return parseBatchEntries(entries, listShaped);
}
