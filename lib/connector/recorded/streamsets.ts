/**
 * N WebIDs per GET /streamsets/recorded (contract §5.1). maxCount applies per stream, so each
 * stream is truncated on its own: only the truncated (or failed) streams are asked again, grouped
 * by where they continue.
 */
import { classifyStatus, backoffDelayMs, sleepMs } from '../http';
import { forEachConcurrent, groupsOf } from './concurrent';
import { responseOf } from './read-page';
import { readStreamSetAnswer } from './read-stream-set-answer';
import { streamSetQuery } from './recorded-query';
import type { StrategyContext } from './strategy-context';
import type { StreamPager } from './stream-pager';
import { firstPageCount, valuesPerStream, type JobSource } from './types';

/** Streams that continue from the same place can share a request. */
function groupByContinuation(pagers: StreamPager[]): StreamPager[][] {
  const groups = new Map<string, StreamPager[]>();
  for (const p of pagers) {
    const key = `${p.nextStartIso}|${p.endIso}|${p.maxCount}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()];
}

export async function extractStreamSets(ctx: StrategyContext, jobs: JobSource): Promise<void> {
  const { options, client } = ctx;
  // MaxReturnedItemsPerCall may bound the whole answer, not each stream (contract §5.1 [U]).
  const perStreamCap = valuesPerStream(options);
  // A body in flight has a fixed ceiling whatever the window: longer windows take more pages.
  const pageCount = Math.min(firstPageCount(options), perStreamCap);
  await forEachConcurrent(
    groupsOf(jobs, options.batchSize),
    options.concurrency,
    async (group) => {
      let active = group.map((job) => ctx.newPager(job, pageCount, perStreamCap));
      const attempts = new Map<StreamPager, number>();
      let round = 0;
      while (active.length > 0 && !ctx.stopped) {
        const next: StreamPager[] = [];
        let retried = false;
        for (const set of groupByContinuation(active)) {
          const first = set[0]!;
          const ids = set.map((p) => `webId=${encodeURIComponent(p.job.webId)}`).join('&');
          const query = streamSetQuery(first.nextStartIso, first.endIso, first.maxCount, options.leanFields);
          const res = responseOf(ctx, await client.get(`/streamsets/recorded?${ids}&${query}`));
          if (ctx.stopped) return;
          const answer = res.ok ? readStreamSetAnswer(ctx, res.value, set) : res;
          if (!answer.ok) {
            set.forEach((p) => ctx.fail(p, answer.error));
            continue;
          }
          const answered = new Set<StreamPager>();
          for (const item of answer.value) {
            const pager = item.pager;
            answered.add(pager);
            if (item.kind === 'malformed') {
              ctx.fail(pager, `contract: stream-set item ${item.index} is malformed`);
              continue;
            }
            if (item.kind === 'exception') {
              const attempt = (attempts.get(pager) ?? 0) + 1;
              attempts.set(pager, attempt);
              if (classifyStatus(item.status) === 'retry' && attempt < client.retryPolicy.maxAttempts) {
                ctx.partialRetries++;
                retried = true;
                next.push(pager);
              } else {
                ctx.fail(pager, `stream failed with ${item.status}: ${item.errors.join(' ')}`);
              }
              continue;
            }
            const outcome = pager.acceptPage(item.page);
            if (outcome.kind === 'done') await ctx.complete(pager);
            else if (outcome.kind === 'more') next.push(pager);
            else ctx.fail(pager, outcome.reason);
          }
          for (const p of set) if (!answered.has(p)) ctx.fail(p, 'contract: the stream-set answer has no item for this stream');
          ctx.reportProgress();
        }
        if (retried) await sleepMs(backoffDelayMs(++round, client.retryPolicy), client.signal);
        active = next;
      }
    },
    () => ctx.stopped,
  );
}
