/**
 * Drives one run from start to its terminal event: save it as running, point the target, count
 * the tags, run each mode alone (the whole list of modes `repeats` times), land AF + event frames,
 * compute the figures, save it again. Steps that move no tag say so with a `phase` event, so the
 * page never sits silent. Every path ends in exactly one `finished` or `failed`; nothing here
 * throws to the caller.
 */
import type { BronzeStore } from '../bronze';
import { discoverPoints, type RetryPolicy, formatIsoMs } from '../connector';
import { targetClient } from './target-client';
import { err, ok, type Result } from '../result';
import type { RunTarget } from './configure-target';
import { describeRemoteFailure } from './remote-text';
import type { ResolvedWindow } from './resolve-window';
import { landAssets } from './run-assets';
import { invalidateRunHistory } from './run-history';
import { cancelledFailure, internalFailure, type RunFailure } from './run-failure';
import { buildFigures, buildRepeat, type AssetCounts } from './run-figures';
import { statusOfTerminal, type RunHandle } from './run-handle';
import { runMode } from './run-mode';
import { openShareExecutor, type ShareExecutor } from './share-executor';
import { warmUp } from './warm-up';
import type { ModeSummary, RepeatFigures, RunFigures } from '../api-contract';

export interface ExecutorDeps {
  store: BronzeStore;
  /** Points the target (switching the embedded mock); its restore() runs before the terminal event. */
  resolveTarget(): Promise<RunTarget>;
  /** Client retry policy override: tests back off in milliseconds. */
  retry?: Partial<RetryPolicy>;
  /** REDIS_URL and LAKE_DIR for partitioned runs; process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Lists the points once (the tag count `started` announces), then warms up; each step says so first. */
async function countTags(
  handle: RunHandle,
  target: RunTarget,
  window: ResolvedWindow,
  retry: Partial<RetryPolicy> | undefined,
): Promise<Result<{ tags: number }, RunFailure>> {
  const client = targetClient(target, { connections: 1, signal: handle.abort.signal, ...(retry ? { retry } : {}) });
  try {
    handle.emit({ type: 'phase', phase: 'listing-points', atMs: Date.now() });
    const points = await discoverPoints(client);
    if (!points.ok) {
      return err(points.error.kind === 'aborted' ? cancelledFailure() : { code: points.error.kind, message: describeRemoteFailure(points.error) });
    }
    handle.emit({ type: 'phase', phase: 'warming-up', atMs: Date.now() });
    await warmUp(client, points.value.points.map((p) => p.webId), handle.settings.modes, { startIso: formatIsoMs(window.startMs), endIso: formatIsoMs(window.endMs) });
    return ok({ tags: points.value.points.length });
  } finally {
    await client.close();
  }
}

async function saveRecord(handle: RunHandle, store: BronzeStore, status: string, figures: RunFigures | null, finishedAtMs: number | null): Promise<void> {
  try {
    await store.saveRun({ runId: handle.runId, startedAtMs: handle.startedAtMs, finishedAtMs, status, settings: handle.settings, figures });
  } finally {
    invalidateRunHistory(store);
  }
}

async function drive(handle: RunHandle, window: ResolvedWindow, deps: ExecutorDeps, target: RunTarget): Promise<Result<RunFigures, RunFailure>> {
  const { settings, runId } = handle;
  const signal = handle.abort.signal;
  // Checked before anything else: an unreachable Redis fails the run now, naming REDIS_URL.
  let shares: ShareExecutor | null = null;
  if (settings.partitions > 1) {
    const opened = await openShareExecutor(deps.env ?? process.env);
    if (!opened.ok) return opened;
    shares = opened.value;
  }
  const counted = await countTags(handle, target, window, deps.retry);
  if (!counted.ok) return counted;
  if (signal.aborted) return err(cancelledFailure());
  handle.emit({
    type: 'started',
    runId,
    settings,
    tagCount: counted.value.tags,
    endpoint: target.baseUrl,
    windowStart: formatIsoMs(window.startMs),
    windowEnd: formatIsoMs(window.endMs),
    atMs: Date.now(),
  });
  const repeats: RepeatFigures[] = [];
  let assets: AssetCounts = { afElements: null, eventFrames: null };
  const emit = handle.emit.bind(handle);
  const modeContext = { runId, settings, target, window, store: deps.store, runSignal: signal, tagsTotal: counted.value.tags, shares, emit, ...(deps.retry ? { retry: deps.retry } : {}) };
  for (let repeat = 1; repeat <= settings.repeats; repeat++) {
    if (signal.aborted) return err(cancelledFailure());
    emit({ type: 'repeat-started', repeat, repeats: settings.repeats, atMs: Date.now() });
    const modes: ModeSummary[] = [];
    for (const mode of settings.modes) {
      if (signal.aborted) return err(cancelledFailure());
      const summary = await runMode(modeContext, mode);
      if (!summary.ok) return summary;
      modes.push(summary.value);
      // A cancel later still leaves what was measured so far in the history.
      handle.figures = buildFigures([...repeats, buildRepeat(modes)], assets);
      emit({ type: 'mode-finished', summary: summary.value });
    }
    const figures = buildRepeat(modes);
    repeats.push(figures);
    emit({ type: 'repeat-finished', repeat, figures });
  }
  if (settings.includeAssets) {
    if (signal.aborted) return err(cancelledFailure());
    const landed = await landAssets({ target, store: deps.store, window, runSignal: signal, emit, ...(deps.retry ? { retry: deps.retry } : {}) });
    if (!landed.ok) return landed;
    assets = landed.value;
  }
  return ok(buildFigures(repeats, assets));
}

/** Runs the whole job; resolves once the terminal event is emitted and the run is saved. */
export async function executeRun(handle: RunHandle, window: ResolvedWindow, deps: ExecutorDeps): Promise<void> {
  let outcome: Result<RunFigures, RunFailure>;
  let target: RunTarget | null = null;
  try {
    await saveRecord(handle, deps.store, 'running', null, null);
  } catch (error) {
    console.error(`[runs] run ${handle.runId} could not be saved to bronze:`, error);
    handle.emit({ type: 'failed', code: 'bronze_unavailable', message: 'The run could not be recorded in bronze (demo.runs); see the server log.', atMs: Date.now() });
    return;
  }
  try {
    target = await deps.resolveTarget();
    outcome = await drive(handle, window, deps, target);
  } catch (error) {
    console.error(`[runs] run ${handle.runId} failed:`, error);
    outcome = err(internalFailure());
  }
  if (!outcome.ok && handle.abort.signal.aborted) outcome = err(cancelledFailure());
  try {
    target?.restore();
  } catch (error) {
    console.error(`[runs] run ${handle.runId} could not restore the embedded mock:`, error);
  }
  const terminal = outcome.ok
    ? ({ type: 'finished', figures: outcome.value, atMs: Date.now() } as const)
    : ({ type: 'failed', code: outcome.error.code, message: outcome.error.message, atMs: Date.now() } as const);
  const figures = outcome.ok ? outcome.value : handle.figures;
  handle.emit({ type: 'phase', phase: 'saving', atMs: Date.now() });
  try {
    // Saved before the terminal event goes out, so a reader who sees it finds the history updated.
    await saveRecord(handle, deps.store, statusOfTerminal(terminal), figures, terminal.atMs);
  } catch (error) {
    console.error(`[runs] run ${handle.runId} could not be saved to bronze:`, error);
  }
  handle.emit(terminal);
}
