/** One GET per tag (and per page): the baseline that per-request overhead dominates. */
import { forEachConcurrent } from './concurrent';
import { readRecordedPage, responseOf } from './read-page';
import { recordedQuery } from './recorded-query';
import type { StrategyContext } from './strategy-context';
import type { TagJob } from './types';

export async function extractSequential(ctx: StrategyContext, jobs: readonly TagJob[]): Promise<void> {
  const { options } = ctx;
  await forEachConcurrent(
    jobs,
    options.concurrency,
    async (job) => {
      const pager = ctx.newPager(job, options.maxCount, options.maxReturnedItemsPerCall);
      for (;;) {
        const query = recordedQuery(pager.nextStartIso, pager.endIso, pager.maxCount, options.leanFields);
        const res = responseOf(ctx, await ctx.client.get(`/streams/${job.webId}/recorded?${query}`));
        if (ctx.stopped) return;
        const page = res.ok ? readRecordedPage(ctx, res.value, pager) : res;
        if (!page.ok) return ctx.fail(pager, page.error);
        const outcome = pager.acceptPage(page.value);
        if (outcome.kind === 'failed') return ctx.fail(pager, outcome.reason);
        if (outcome.kind === 'done') return ctx.complete(pager);
      }
    },
    () => ctx.stopped,
  );
}
