/**
 * N tags per POST /batch (contract §6). A 207 carries one status per sub-request: only the
 * failed (retryable) or truncated streams go into the next round, so a fault never costs the
 * sub-requests that succeeded.
 */
import { z } from 'zod';
import { backoffDelayMs, classifyStatus } from '../http';
import { chunk, forEachConcurrent } from './concurrent';
import { isFatal, parseBody } from './read-page';
import { recordedQuery } from './recorded-query';
import { recordedEnvelope, type StrategyContext } from './strategy-context';
import { StreamPager } from './stream-pager';
import type { TagJob } from './types';
import { describeConnectorError } from '../errors';
import { sleep } from './sleep';

const batchAnswer = z.record(
  z.string(),
  z.object({ Status: z.number(), Headers: z.record(z.string(), z.string()).nullish(), Content: z.unknown() }),
);

function piErrorsOf(content: unknown): string {
  if (typeof content === 'string') return content;
  const errors = (content as { Errors?: unknown } | null)?.Errors;
  return Array.isArray(errors) ? errors.join(' ') : '';
}

export async function extractBatch(ctx: StrategyContext, jobs: readonly TagJob[]): Promise<void> {
  const { options, client } = ctx;
  await forEachConcurrent(
    chunk(jobs, options.batchSize),
    options.concurrency,
    async (group) => {
      let active = group.map((job) => new StreamPager(job, options.maxCount, options.maxReturnedItemsPerCall));
      const attempts = new Map<StreamPager, number>();
      let round = 0;
      while (active.length > 0 && !ctx.stopped) {
        const body: Record<string, { Method: string; Resource: string }> = {};
        active.forEach((p, i) => {
          const query = recordedQuery(p.nextStartIso, p.endIso, p.maxCount, options.leanFields);
          body[String(i)] = { Method: 'GET', Resource: `${client.baseUrl}/streams/${p.job.webId}/recorded?${query}` };
        });
        const res = await client.post('/batch', JSON.stringify(body));
        if (!res.ok) {
          if (isFatal(res.error)) return ctx.stop(res.error);
          const reason = describeConnectorError(res.error);
          return active.forEach((p) => ctx.fail(p, reason));
        }
        const parsedBody = parseBody(res.value);
        const answer = parsedBody.ok ? batchAnswer.safeParse(parsedBody.json) : null;
        if (!answer?.success) {
          const reason = parsedBody.ok ? `contract: ${res.value.url}: not a batch answer keyed by request id` : parsedBody.reason;
          return active.forEach((p) => ctx.fail(p, reason));
        }
        const next: StreamPager[] = [];
        let retryAfter: string | undefined;
        let retried = false;
        for (const [i, pager] of active.entries()) {
          const sub = answer.data[String(i)];
          if (!sub) {
            ctx.fail(pager, `contract: the batch answer has no entry '${i}'`);
            continue;
          }
          const verdict = classifyStatus(sub.Status);
          if (verdict === 'ok') {
            const envelope = recordedEnvelope.safeParse(sub.Content);
            if (!envelope.success) {
              ctx.fail(pager, `contract: batch sub-response for ${pager.job.name} has no Items array`);
              continue;
            }
            const outcome = pager.accept(envelope.data.Items);
            if (outcome.kind === 'done') await ctx.complete(pager);
            else if (outcome.kind === 'more') next.push(pager);
            else ctx.fail(pager, outcome.reason);
          } else if (verdict === 'retry') {
            const attempt = (attempts.get(pager) ?? 0) + 1;
            attempts.set(pager, attempt);
            if (attempt >= client.retryPolicy.maxAttempts) {
              ctx.fail(pager, `HTTP ${sub.Status} after ${attempt} attempts: ${piErrorsOf(sub.Content)}`);
              continue;
            }
            ctx.partialRetries++;
            retried = true;
            retryAfter = sub.Headers?.['Retry-After'] ?? sub.Headers?.['retry-after'] ?? retryAfter;
            next.push(pager);
          } else if (verdict === 'unauthorized') {
            return ctx.stop({ kind: 'unauthorized', url: res.value.url, status: sub.Status === 403 ? 403 : 401, message: piErrorsOf(sub.Content) });
          } else {
            ctx.fail(pager, `HTTP ${sub.Status}: ${piErrorsOf(sub.Content)}`);
          }
        }
        if (retried) {
          round++;
          await sleep(backoffDelayMs(round, client.retryPolicy, retryAfter), client.signal);
        }
        active = next;
      }
    },
    () => ctx.stopped,
  );
}
