/** One GET per tag (and per page): the baseline that per-request overhead dominates. */
import { forEachConcurrent } from './concurrent';
import { readRecordedPage, responseOf } from './read-page';
import { recordedQuery } from './recorded-query';
import type { StrategyContext } from './strategy-context';
import type { StreamPager } from './stream-pager';
import type { JobSource } from './types';

async function readTag(ctx: StrategyContext, pager: StreamPager): Promise<void> {
  const { options } = ctx;
  for (;;) {
    const query = recordedQuery(pager.nextStartIso, pager.endIso, pager.maxCount, options.leanFields);
    const res = responseOf(ctx, await ctx.client.get(`/streams/${pager.job.webId}/recorded?${query}`));
    if (ctx.stopped) return;
    const page = res.ok ? readRecordedPage(ctx, res.value, pager) : res;
    if (!page.ok) return ctx.fail(pager, page.error);
    const outcome = pager.acceptPage(page.value);
    if (outcome.kind === 'failed') return ctx.fail(pager, outcome.reason);
    if (outcome.kind === 'done') return ctx.complete(pager);
  }
}

export async function extractSequential(ctx: StrategyContext, jobs: JobSource): Promise<void> {
  const { options } = ctx;
  await forEachConcurrent(
    jobs,
    options.concurrency,
    async (job) => {
      await readTag(ctx, ctx.newPager(job, options.maxCount, options.maxReturnedItemsPerCall));
      ctx.reportProgress();
    },
    () => ctx.stopped,
  );
}
