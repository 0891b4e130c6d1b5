/**
 * N tags per POST /batch (contract §6). A 207 carries one status per sub-request: only the
 * failed (retryable) or truncated streams go into the next round, so a fault never costs the
 * sub-requests that succeeded.
 */
import { backoffDelayMs, classifyStatus, sleepMs } from '../http';
import { forEachConcurrent, groupsOf } from './concurrent';
import { readBatchAnswer } from './read-batch-answer';
import { isFatal } from './read-page';
import { recordedQuery } from './recorded-query';
import type { StrategyContext } from './strategy-context';
import type { StreamPager } from './stream-pager';
import { firstPageCount, type JobSource } from './types';
import { describeConnectorError } from '../errors';

function piErrorsOf(content: unknown): string {
  if (typeof content === 'string') return content;
  const errors = (content as { Errors?: unknown } | null)?.Errors;
  return Array.isArray(errors) ? errors.join(' ') : '';
}

export async function extractBatch(ctx: StrategyContext, jobs: JobSource): Promise<void> {
  const { options, client } = ctx;
  // A body in flight has a fixed ceiling whatever the window: longer windows take more pages.
  const pageCount = firstPageCount(options);
  await forEachConcurrent(
    groupsOf(jobs, options.batchSize),
    options.concurrency,
    async (group) => {
      let active = group.map((job) => ctx.newPager(job, pageCount, options.maxReturnedItemsPerCall));
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
        const answer = readBatchAnswer(ctx, res.value, active);
        if (!answer.ok) return active.forEach((p) => ctx.fail(p, answer.error));
        const next: StreamPager[] = [];
        let retryAfter: string | undefined;
        let retried = false;
        for (const [i, pager] of active.entries()) {
          const sub = answer.value[i];
          if (!sub) {
            ctx.fail(pager, `contract: the batch answer has no entry '${i}'`);
            continue;
          }
          const verdict = classifyStatus(sub.status);
          if (verdict === 'ok') {
            if (!sub.page?.ok) {
              ctx.fail(pager, sub.page?.error ?? `contract: batch sub-response for ${pager.job.name} has no page`);
              continue;
            }
            const outcome = pager.acceptPage(sub.page.value);
            if (outcome.kind === 'done') await ctx.complete(pager);
            else if (outcome.kind === 'more') next.push(pager);
            else ctx.fail(pager, outcome.reason);
          } else if (verdict === 'retry') {
            const attempt = (attempts.get(pager) ?? 0) + 1;
            attempts.set(pager, attempt);
            if (attempt >= client.retryPolicy.maxAttempts) {
              ctx.fail(pager, `HTTP ${sub.status} after ${attempt} attempts: ${piErrorsOf(sub.content)}`);
              continue;
            }
            ctx.partialRetries++;
            retried = true;
            retryAfter = sub.headers?.['Retry-After'] ?? sub.headers?.['retry-after'] ?? retryAfter;
            next.push(pager);
          } else if (verdict === 'unauthorized') {
            return ctx.stop({ kind: 'unauthorized', url: res.value.url, status: sub.status === 403 ? 403 : 401, message: piErrorsOf(sub.content) });
          } else {
            ctx.fail(pager, `HTTP ${sub.status}: ${piErrorsOf(sub.content)}`);
          }
        }
        ctx.reportProgress();
        if (retried) {
          round++;
          await sleepMs(backoffDelayMs(round, client.retryPolicy, retryAfter), client.signal);
        }
        active = next;
      }
    },
    () => ctx.stopped,
  );
}
