/**
 * One mode of a run, measured alone: fresh clients (so their metrics are this mode's), the whole
 * window re-read (checkpoints ignored), partitions side by side, and sequential time-boxed at
 * sequentialBudgetSeconds of its own clock (from its first value request), after which the rest
 * is a labelled projection from the measured rate.
 */
import { type ConnectorError, DEFAULT_RECORDED_OPTIONS, runExtraction, type ExtractionSummary } from '../connector';
import { targetClient } from './target-client';
import { err, ok, type Result } from '../result';
import { combinePartitions } from './mode-summary';
import type { ModeContext } from './mode-context';
import { ModeProgress } from './mode-progress';
import { describeRemoteFailure } from './remote-text';
import { cancelledFailure, type RunFailure } from './run-failure';
import { runModeAsShares } from './run-mode-shares';
import type { ExtractionModeName, ModeSummary } from '../api-contract';

function failureOf(error: ConnectorError): RunFailure {
  return { code: error.kind === 'aborted' ? 'cancelled' : error.kind, message: describeRemoteFailure(error) };
}

/** Waits for every partition (so none is left writing), aborting the rest when one throws; rethrows the first throw. */
async function settleAll<T>(work: Promise<T>[], abort: AbortController): Promise<T[]> {
  const settled = await Promise.allSettled(work.map((p) => p.catch((error: unknown) => {
    abort.abort();
    throw error;
  })));
  const thrown = settled.find((s) => s.status === 'rejected');
  if (thrown) throw thrown.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

export async function runMode(ctx: ModeContext, mode: ExtractionModeName): Promise<Result<ModeSummary, RunFailure>> {
  // More than one partition runs as real processes: one event loop would cap what N clients can do.
  if (ctx.settings.partitions > 1 && ctx.shares) return runModeAsShares(ctx, mode, ctx.shares);
  const { settings } = ctx;
  const partitions = settings.partitions;
  const timeBox = new AbortController();
  const broken = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const signal = AbortSignal.any([ctx.runSignal, timeBox.signal, broken.signal]);
  const clients = Array.from(
    { length: partitions },
    () =>
      targetClient(ctx.target, {
        // Sequential means one request at a time per partition: that is the baseline it measures.
        connections: mode === 'sequential' ? 1 : settings.concurrency,
        gzip: settings.gzip,
        signal,
        ...(ctx.retry ? { retry: ctx.retry } : {}),
      }),
  );
  const progress = new ModeProgress({
    mode,
    tagsTotal: ctx.tagsTotal,
    partitions,
    counters: (i) => ({ requests: clients[i]?.metrics.requests ?? 0, retries: clients[i]?.metrics.retries ?? 0 }),
    emit: ctx.emit,
    onFirstValueRequest: () => {
      if (mode === 'sequential') timer = setTimeout(() => timeBox.abort(), settings.sequentialBudgetSeconds * 1000);
    },
  });
  ctx.emit({ type: 'mode-started', mode, tagsTotal: ctx.tagsTotal, atMs: Date.now() });
  let results: Result<ExtractionSummary, ConnectorError>[];
  try {
    results = await settleAll(
      clients.map((client, i) =>
        runExtraction(
          client,
          ctx.store,
          {
            mode,
            startMs: ctx.window.startMs,
            endMs: ctx.window.endMs,
            fill: 'window',
            options: {
              ...DEFAULT_RECORDED_OPTIONS,
              batchSize: settings.batchSize,
              concurrency: mode === 'sequential' ? 1 : settings.concurrency,
              leanFields: settings.selectedFields,
            },
            partition: partitions > 1 ? { index: i + 1, count: partitions } : null,
            nameFilter: null,
            runId: ctx.runId,
            ignoreCheckpoints: true,
            af: false,
            eventFrames: false,
          },
          (p) => progress.update(i, p),
        ),
      ),
      broken,
    );
  } finally {
    if (timer) clearTimeout(timer);
    await Promise.all(clients.map((c) => c.close()));
  }
  if (ctx.runSignal.aborted) return err(cancelledFailure());
  const timeBoxHit = timeBox.signal.aborted;
  const summaries: ExtractionSummary[] = [];
  for (const result of results) {
    // A time box that fired during discovery leaves that partition with nothing landed, not a failure.
    if (!result.ok && !(timeBoxHit && result.error.kind === 'aborted')) return err(failureOf(result.error));
    if (result.ok) summaries.push(result.value);
  }
  // The connector stops a strategy only for refused credentials or an abort; ours were handled above.
  const fatal = summaries.find((s) => s.fatal !== null)?.fatal ?? null;
  if (fatal !== null && !timeBoxHit) return err({ code: 'unauthorized', message: fatal });
  // A partition lists its points in slices while it reads (lib/connector/plan-slices.ts), so a
  // time box can stop it before it has listed them all: its `tags` then counts only the listed
  // slices, and the whole set is the count the run took at its start.
  const tagsTotal = !timeBoxHit && summaries.length === partitions ? summaries.reduce((n, s) => n + s.tags, 0) : ctx.tagsTotal;
  const clock = progress.clock(results.map((r) => (r.ok ? r.value.values.elapsedMs : null)));
  const summary: ModeSummary = { ...combinePartitions({ mode, tagsTotal, outcomes: summaries, timeBoxHit, clock }), partitions, processKind: 'in-process' };
  progress.final(summary);
  return ok(summary);
}
