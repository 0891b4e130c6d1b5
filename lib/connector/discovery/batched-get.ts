/**
 * Many GETs in one POST /batch, each answer parsed with its schema. Sub-requests that fail with
 * a retryable status go again in the next round (only those); any other failure ends the call
 * with an error naming the sub-request's resource.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import { backoffDelayMs, classifyStatus, sleepMs } from '../http';
import type { PiClient } from '../http';

const batchAnswer = z.record(z.string(), z.object({ Status: z.number(), Headers: z.record(z.string(), z.string()).nullish(), Content: z.unknown() }));

function messageOf(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  const errors = (content as { Errors?: unknown } | null)?.Errors;
  return Array.isArray(errors) ? errors.map(String) : [];
}

/** `resources` are paths below the client's base URL; answers come back in the same order. */
export async function batchedGet<T>(client: PiClient, resources: readonly string[], schema: z.ZodType<T>): Promise<Result<T[], ConnectorError>> {
  const answers = new Array<T | undefined>(resources.length);
  let pending = resources.map((_, i) => i);
  for (let round = 1; pending.length > 0; round++) {
    const body: Record<string, { Method: string; Resource: string }> = {};
    for (const i of pending) body[String(i)] = { Method: 'GET', Resource: client.baseUrl + resources[i] };
    const res = await client.post('/batch', JSON.stringify(body));
    if (!res.ok) return res;
    let parsed: z.infer<typeof batchAnswer>;
    try {
      parsed = batchAnswer.parse(JSON.parse(res.value.body.toString('utf8')));
    } catch (e) {
      return err({ kind: 'contract', url: res.value.url, issues: e instanceof z.ZodError ? z.prettifyError(e) : String(e) });
    }
    const retry: number[] = [];
    let retryAfter: string | undefined;
    for (const i of pending) {
      const sub = parsed[String(i)];
      const url = client.baseUrl + resources[i];
      if (!sub) return err({ kind: 'contract', url: res.value.url, issues: `the batch answer has no entry '${i}'` });
      const verdict = classifyStatus(sub.Status);
      if (verdict === 'retry' && round < client.retryPolicy.maxAttempts) {
        retry.push(i);
        retryAfter = sub.Headers?.['Retry-After'] ?? retryAfter;
        continue;
      }
      if (verdict === 'unauthorized') return err({ kind: 'unauthorized', url, status: sub.Status === 403 ? 403 : 401, message: messageOf(sub.Content).join(' ') });
      if (verdict !== 'ok') return err({ kind: 'http', url, status: sub.Status, piErrors: messageOf(sub.Content) });
      const content = schema.safeParse(sub.Content);
      if (!content.success) return err({ kind: 'contract', url, issues: z.prettifyError(content.error) });
      answers[i] = content.data;
    }
    client.metrics.retries += retry.length;
    if (retry.length > 0) await sleepMs(backoffDelayMs(round, client.retryPolicy, retryAfter), client.signal);
    pending = retry;
  }
  return ok(answers as T[]);
}
