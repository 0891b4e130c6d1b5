/**
 * N WebIDs per GET /streamsets/recorded (contract §5.1). maxCount applies per stream, so each
 * stream is truncated on its own: only the truncated (or failed) streams are asked again, grouped
 * by where they continue.
 */
import { z } from 'zod';
import { classifyStatus, backoffDelayMs } from '../http';
import { chunk, forEachConcurrent } from './concurrent';
import { recordedItems } from './read-page';
import { streamSetQuery } from './recorded-query';
import { sleep } from './sleep';
import type { StrategyContext } from './strategy-context';
import { StreamPager } from './stream-pager';
import type { TagJob } from './types';

const streamItem = z.object({
  WebId: z.string().optional(),
  Items: z.array(z.unknown()).optional(),
  WebException: z.object({ StatusCode: z.number().optional(), Errors: z.array(z.string()).optional() }).nullish(),
});

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

export async function extractStreamSets(ctx: StrategyContext, jobs: readonly TagJob[]): Promise<void> {
  const { options, client } = ctx;
  // MaxReturnedItemsPerCall may bound the whole answer, not each stream (contract §5.1 [U]).
  const perStreamCap = Math.max(1, Math.floor(options.maxReturnedItemsPerCall / options.batchSize));
  await forEachConcurrent(
    chunk(jobs, options.batchSize),
    options.concurrency,
    async (group) => {
      let active = group.map((job) => new StreamPager(job, Math.min(options.maxCount, perStreamCap), perStreamCap));
      const attempts = new Map<StreamPager, number>();
      let round = 0;
      while (active.length > 0 && !ctx.stopped) {
        const next: StreamPager[] = [];
        let retried = false;
        for (const set of groupByContinuation(active)) {
          const first = set[0]!;
          const ids = set.map((p) => `webId=${encodeURIComponent(p.job.webId)}`).join('&');
          const query = streamSetQuery(first.nextStartIso, first.endIso, first.maxCount, options.leanFields);
          const page = recordedItems(ctx, await client.get(`/streamsets/recorded?${ids}&${query}`));
          if (ctx.stopped) return;
          if ('reason' in page) {
            set.forEach((p) => ctx.fail(p, page.reason));
            continue;
          }
          const byWebId = new Map(set.map((p) => [p.job.webId, p]));
          const answered = new Set<StreamPager>();
          for (const [i, raw] of page.items.entries()) {
            const item = streamItem.safeParse(raw);
            const pager = (item.success && item.data.WebId ? byWebId.get(item.data.WebId) : undefined) ?? set[i];
            if (!pager || answered.has(pager)) continue;
            answered.add(pager);
            if (!item.success) {
              ctx.fail(pager, `contract: stream-set item ${i} is malformed`);
              continue;
            }
            const status = item.data.WebException?.StatusCode;
            if (status !== undefined && classifyStatus(status) !== 'ok') {
              const attempt = (attempts.get(pager) ?? 0) + 1;
              attempts.set(pager, attempt);
              if (classifyStatus(status) === 'retry' && attempt < client.retryPolicy.maxAttempts) {
                ctx.partialRetries++;
                retried = true;
                next.push(pager);
              } else {
                ctx.fail(pager, `stream failed with ${status}: ${(item.data.WebException?.Errors ?? []).join(' ')}`);
              }
              continue;
            }
            const outcome = pager.accept(item.data.Items ?? []);
            if (outcome.kind === 'done') await ctx.complete(pager);
            else if (outcome.kind === 'more') next.push(pager);
            else ctx.fail(pager, outcome.reason);
          }
          for (const p of set) if (!answered.has(p)) ctx.fail(p, 'contract: the stream-set answer has no item for this stream');
        }
        if (retried) await sleep(backoffDelayMs(++round, client.retryPolicy), client.signal);
        active = next;
      }
    },
    () => ctx.stopped,
  );
}
