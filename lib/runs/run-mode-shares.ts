/**
 * One mode of a partitioned run as real processes (DESIGN §5b): each share runs in its own process
 * (a local child, or a BullMQ worker anywhere) with the same connector code as `npm run extract`,
 * publishing into a fresh lake for this mode; once every share has committed, the dashboard loads
 * the lake into bronze. The mode's clock is the same as in-process: from the first value request
 * of any share to the end of the last share's values phase, as each share's connector measured it.
 */
import { z } from 'zod';
import { type PiAuth, DEFAULT_RECORDED_OPTIONS } from '../connector';
import { describeLakeError, loadLakeInto } from '../lake';
import { err, ok, type Result } from '../result';
import type { ChildCredentials } from '../workers';
import { combinePartitions, type PartitionOutcome } from './mode-summary';
import { ModeProgress } from './mode-progress';
import { cancelledFailure, type RunFailure } from './run-failure';
import type { ModeContext } from './mode-context';
import { ShareBoard } from './share-board';
import { newModeLake, type ShareExecutor, type ShareOutcome } from './share-executor';
import type { ExtractionModeName, ModeSummary } from '../api-contract';

/** The part of a share's summary line a mode's figures add up (the rest passes through unread). */
const shareOutcome = z.looseObject({
  tags: z.int(),
  tagsLanded: z.int(),
  points: z.number(),
  retries: z.int(),
  failedTags: z.array(z.object({ name: z.string(), webId: z.string(), reason: z.string() })),
  values: z.looseObject({
    elapsedMs: z.number(),
    httpRequests: z.int(),
    bytes: z.number(),
    wireBytes: z.number().optional(),
    pointsPerSecond: z.number(),
    scanDeclined: z.number(),
  }),
});

function credentialsOf(auth: PiAuth): ChildCredentials {
  if (auth.mode === 'basic') return { PI_USER: auth.user, PI_PASSWORD: auth.password };
  if (auth.mode === 'bearer') return { PI_TOKEN: auth.token };
  return {};
}

/** "share 2/4 failed after 3 attempts (local:1234 on host): reason" for every share that failed. */
export function failedSharesMessage(outcomes: readonly ShareOutcome[], shares: number): string {
  const failed = outcomes.filter((o) => o.state === 'failed');
  const named = failed
    .slice(0, 3)
    .map((o) => `share ${o.share}/${shares} failed after ${o.attempts} attempt${o.attempts === 1 ? '' : 's'}: ${o.failedReason ?? 'no reason given'}`);
  return `${named.join('; ')}${failed.length > 3 ? ` (and ${failed.length - 3} more shares)` : ''}`;
}

export async function runModeAsShares(ctx: ModeContext, mode: ExtractionModeName, executor: ShareExecutor): Promise<Result<ModeSummary, RunFailure>> {
  const { settings } = ctx;
  const shares = settings.partitions;
  const lake = await newModeLake(executor, ctx.runId, mode);
  const latest: { requests: number; retries: number }[] = Array.from({ length: shares }, () => ({ requests: 0, retries: 0 }));
  const progress = new ModeProgress({ mode, tagsTotal: ctx.tagsTotal, partitions: shares, counters: (i) => latest[i] ?? { requests: 0, retries: 0 }, emit: ctx.emit });
  ctx.emit({ type: 'mode-started', mode, tagsTotal: ctx.tagsTotal, atMs: Date.now() });
  const board = new ShareBoard(mode, executor.kind, shares, ctx.emit);
  const sequential = mode === 'sequential';
  let keepLake = false;
  try {
    const outcomes = await executor.run({
      job: {
        runId: ctx.runId,
        url: ctx.target.baseUrl,
        auth: ctx.target.auth.mode,
        mode,
        startMs: ctx.window.startMs,
        endMs: ctx.window.endMs,
        fill: 'window',
        nameFilter: null,
        lakeDir: lake.dir,
        af: false,
        eventFrames: false,
        // Sequential means one request at a time per share: that is the baseline it measures.
        options: {
          batchSize: settings.batchSize,
          concurrency: sequential ? 1 : settings.concurrency,
          maxCount: DEFAULT_RECORDED_OPTIONS.maxCount,
          leanFields: settings.selectedFields,
          gzip: settings.gzip,
        },
        // Each share boxes itself from its own first value request: they start within milliseconds of each other.
        timeBoxMs: sequential ? settings.sequentialBudgetSeconds * 1000 : null,
      },
      shares,
      signal: ctx.runSignal,
      credentials: credentialsOf(ctx.target.auth),
      onStarting: (share, worker, attempt) => board.starting(share, worker, attempt),
      onProgress: (share, p) => {
        board.progress(share, p);
        latest[share - 1] = { requests: p.requests ?? 0, retries: p.retries ?? 0 };
        const failed = p.tagsFailed ?? 0;
        progress.update(share - 1, { phase: 'values', tagsTotal: p.tagsTotal, tagsDone: p.tagsDone - failed, tagsFailed: failed, values: p.values });
      },
      onRetry: (share, reason) => board.retrying(share, reason),
    });
    if (ctx.runSignal.aborted) return err(cancelledFailure());
    if (!outcomes.ok) return err({ code: 'share_queue', message: outcomes.error });
    const shareSummaries = board.finish(outcomes.value);
    if (outcomes.value.some((o) => o.state === 'failed')) {
      keepLake = true;
      return err({ code: 'share_failed', message: `${failedSharesMessage(outcomes.value, shares)}. What the other shares committed stays in ${lake.dir}.` });
    }
    const parsed: { outcome: PartitionOutcome & { tags: number }; timeBoxed: boolean }[] = [];
    for (const o of outcomes.value) {
      const summary = shareOutcome.safeParse(o.result?.summary);
      if (!summary.success) return err({ code: 'share_failed', message: `share ${o.share}/${shares} answered an unreadable summary: ${summary.error.issues[0]?.message ?? 'invalid'}` });
      parsed.push({ outcome: summary.data, timeBoxed: o.result?.timeBoxed === true });
    }
    ctx.emit({ type: 'phase', phase: 'loading-shares', atMs: Date.now() });
    const loaded = await loadLakeInto(ctx.store, lake.dir);
    if (!loaded.ok) {
      keepLake = true;
      return err({ code: 'bronze_unavailable', message: `The shares committed to ${lake.dir} could not be loaded into bronze: ${describeLakeError(loaded.error)}` });
    }
    const clock = progress.clock(parsed.map((p) => p.outcome.values.elapsedMs));
    const summary: ModeSummary = {
      ...combinePartitions({
        mode,
        // A time-boxed share may stop before listing all its slices: the whole set is the run's count.
        tagsTotal: parsed.some((p) => p.timeBoxed) ? ctx.tagsTotal : parsed.reduce((n, p) => n + p.outcome.tags, 0),
        outcomes: parsed.map((p) => p.outcome),
        timeBoxHit: parsed.some((p) => p.timeBoxed),
        clock,
      }),
      partitions: shares,
      processKind: executor.kind,
      shares: shareSummaries,
    };
    progress.final(summary);
    return ok(summary);
  } finally {
    // A failed mode's lake stays for `npm run lake -- verify` (the error names it); a loaded one is in bronze now.
    if (!keepLake) await lake.remove();
  }
}
