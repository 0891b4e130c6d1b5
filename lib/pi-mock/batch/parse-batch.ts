/**
 * Validates a `POST /batch` body (contract §6): an object keyed by caller-chosen ids. The seed's
 * list-shaped body `{"Requests":[...]}` is refused, as a real server refuses it; seed
 * compatibility reads that form itself (compat/seed-batch-body.ts) and validates its requests
 * with parseBatchEntries.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import { quoted } from './quoted';

const subRequestSchema = z.object({
  Method: z.string().min(1).default('GET'),
  Resource: z.string().min(1).optional(),
  RequestTemplate: z.object({ Resource: z.string().min(1) }).optional(),
  Parameters: z.array(z.string()).optional(),
  ParentIds: z.array(z.string()).optional(),
  Headers: z.record(z.string(), z.string()).optional(),
  Content: z.string().optional(),
});
export type SubRequest = z.infer<typeof subRequestSchema>;

export interface ParsedBatch {
  /** Sub-requests in body order. */
  requests: Map<string, SubRequest>;
  /** The seed's list form (compat only): answered as a list too. */
  listShaped: boolean;
}

/** Messages in one 400: enough to fix a batch by, few enough that the answer stays small. */
const MAX_ERRORS = 20;
const MAX_ISSUES = 5;

const CANONICAL = ['Method', 'Resource', 'RequestTemplate', 'Parameters', 'ParentIds', 'Headers', 'Content'];

/** .NET binds property names case-insensitively; so do we. */
function canonicalKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // Assigning `__proto__` would swap the prototype, and zod reads inherited properties.
    if (key === '__proto__') continue;
    const canonical = CANONICAL.find((c) => c.toLowerCase() === key.toLowerCase()) ?? key;
    out[canonical] = canonical === 'RequestTemplate' ? canonicalKeys(v) : v;
  }
  return out;
}

/** zod's own wording for the first few issues: a sub-request with 100,000 bad Parameters gets one line, not 100,000. */
function describeIssues(error: z.ZodError): string {
  const shown = error.issues.length > MAX_ISSUES ? new z.ZodError(error.issues.slice(0, MAX_ISSUES)) : error;
  const more = error.issues.length > MAX_ISSUES ? ` (and ${error.issues.length - MAX_ISSUES} more issues)` : '';
  return `${z.prettifyError(shown).replace(/\n/g, ' ')}${more}`;
}

/** The first MAX_ERRORS messages, and how many more there were: the error body stays small whatever the batch. */
function firstErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `... and ${errors.length - MAX_ERRORS} more invalid batch requests.`];
}

export function parseBatchBody(body: Buffer | null): Result<ParsedBatch, string[]> {
  if (!body || body.length === 0) return err(['The batch request body is empty: send a JSON object keyed by request id.']);
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return err([`The batch request body is not valid JSON: ${(e as Error).message}.`]);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return err(['The batch request body must be a JSON object keyed by request id, e.g. {"1":{"Method":"GET","Resource":"..."}}.']);
  }
  const record = json as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === 'Requests' && Array.isArray(record.Requests)) {
    return err([
      "The batch request 'Requests' is not a request object: PI Web API batch bodies are keyed by request id ({\"1\":{...},\"2\":{...}}), not a list.",
    ]);
  }
  const entries = Object.entries(record);
  if (entries.length === 0) return err(['The batch request contains no requests.']);
  return parseBatchEntries(entries, false);
}

/** Validates sub-requests given as (id, raw request) pairs in body order, and their ParentIds. */
export function parseBatchEntries(entries: readonly (readonly [string, unknown])[], listShaped: boolean): Result<ParsedBatch, string[]> {
  const requests = new Map<string, SubRequest>();
  const errors: string[] = [];
  for (const [id, raw] of entries) {
    const parsed = subRequestSchema.safeParse(canonicalKeys(raw));
    if (!parsed.success) {
      errors.push(`The batch request ${quoted(id)} is invalid: ${describeIssues(parsed.error)}`);
      continue;
    }
    const sub = parsed.data;
    if (!sub.Resource && !sub.RequestTemplate) errors.push(`The batch request ${quoted(id)} needs a 'Resource' or a 'RequestTemplate'.`);
    if (sub.RequestTemplate && !(sub.Parameters && sub.Parameters.length > 0)) {
      errors.push(`The batch request ${quoted(id)} has a 'RequestTemplate' but no 'Parameters' to expand it.`);
    }
    requests.set(id, sub);
  }
  for (const [id, sub] of requests) {
    for (const parent of sub.ParentIds ?? []) {
      if (!requests.has(parent)) errors.push(`The batch request ${quoted(id)} names a parent ${quoted(parent)} that is not in the batch.`);
      if (parent === id) errors.push(`The batch request ${quoted(id)} names itself as a parent.`);
    }
  }
  return errors.length > 0 ? err(firstErrors(errors)) : ok({ requests, listShaped });
}
