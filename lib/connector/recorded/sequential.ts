/** One GET per tag (and per page): the baseline that per-request overhead dominates. */
import { forEachConcurrent } from './concurrent';
import { recordedItems } from './read-page';
import { recordedQuery } from './recorded-query';
import type { StrategyContext } from './strategy-context';
import { StreamPager } from './stream-pager';
import type { TagJob } from './types';

export async function extractSequential(ctx: StrategyContext, jobs: readonly TagJob[]): Promise<void> {
  const { options } = ctx;
  await forEachConcurrent(
    jobs,
    options.concurrency,
    async (job) => {
      const pager = new StreamPager(job, options.maxCount, options.maxReturnedItemsPerCall);
      for (;;) {
        const query = recordedQuery(pager.nextStartIso, pager.endIso, pager.maxCount, options.leanFields);
        const page = recordedItems(ctx, await ctx.client.get(`/streams/${job.webId}/recorded?${query}`));
        if (ctx.stopped) return;
        if ('reason' in page) return ctx.fail(pager, page.reason);
        const outcome = pager.accept(page.items);
        if (outcome.kind === 'failed') return ctx.fail(pager, outcome.reason);
        if (outcome.kind === 'done') return ctx.complete(pager);
      }
    },
    () => ctx.stopped,
  );
}
