/**
 * Runs one share job: the same connector code as `npm run extract -- --partition i/N --lake DIR`,
 * landing into the shared lake, whose commit protocol makes a retried or re-delivered share land
 * exactly once (a worker killed mid-share leaves only its own staging behind).
 */
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { authFromEnv, describeConnectorError, PiClient, DEFAULT_RECORDED_OPTIONS, runExtraction } from '../connector';
import { describeLakeError, LakeShare } from '../lake';
import { err, ok, type Result } from '../result';
import type { ShareJobData, ShareJobResult, ShareProgress } from './share-job';

export interface ShareRunContext {
  /** This worker's name in results and progress. */
  worker: string;
  /** 1 for the first delivery of the job, 2 for its first retry... */
  attempt: number;
  env: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  onProgress?: (progress: ShareProgress) => void;
}

/** Why a share could not run at all: retrying would not help (wrong credentials setup, bad lake path). */
export interface ShareRefusal {
  kind: 'refused';
  message: string;
}

/** A failure worth another attempt (server unreachable, a run stopped, the lake not committed). */
export interface ShareFailure {
  kind: 'failed';
  message: string;
}

/** The caller's signal stopped the share (a cancelled run); what landed was committed. */
export interface ShareAborted {
  kind: 'aborted';
  message: string;
}

/** Aborts when the caller's signal does, or `timeBoxMs` after start() (the first value request). */
function shareStop(signal: AbortSignal | undefined, timeBoxMs: number | null) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let boxFired = false;
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    get boxFired() {
      return boxFired;
    },
    start() {
      if (timeBoxMs === null || timer !== null || controller.signal.aborted) return;
      timer = setTimeout(() => {
        boxFired = true;
        controller.abort();
      }, timeBoxMs);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

export async function runShare(job: ShareJobData, ctx: ShareRunContext): Promise<Result<ShareJobResult, ShareRefusal | ShareFailure | ShareAborted>> {
  const t0 = performance.now();
  const host = hostname();
  const auth = authFromEnv(job.auth, ctx.env);
  if (!auth.ok) return err({ kind: 'refused', message: `worker ${ctx.worker} on ${host}: ${auth.error}` });
  const opened = await LakeShare.open(job.lakeDir, { runId: job.runId, share: job.share });
  if (!opened.ok) return err({ kind: 'refused', message: `worker ${ctx.worker} on ${host} cannot open the lake at ${job.lakeDir}: ${describeLakeError(opened.error)}` });
  const lake = opened.value;
  const stop = shareStop(ctx.signal, job.timeBoxMs ?? null);
  const client = new PiClient({ baseUrl: job.url, auth: auth.value, connections: job.options.concurrency, gzip: job.options.gzip ?? true, signal: stop.signal });
  try {
    const result = await runExtraction(
      client,
      lake,
      {
        mode: job.mode,
        startMs: job.startMs,
        endMs: job.endMs,
        fill: job.fill,
        partition: job.share,
        nameFilter: job.nameFilter,
        runId: job.runId,
        af: job.af,
        eventFrames: job.eventFrames,
        options: { ...DEFAULT_RECORDED_OPTIONS, ...job.options },
      },
      (p) => {
        if (p.phase !== 'values') return;
        stop.start();
        const { requests, retries } = client.metrics;
        ctx.onProgress?.({ tagsDone: p.tagsDone + p.tagsFailed, tagsTotal: p.tagsTotal, values: p.values, worker: ctx.worker, host, attempt: ctx.attempt, tagsFailed: p.tagsFailed, requests, retries });
      },
    );
    // What landed before a failure is exact and covered: commit it either way.
    const committed = await lake.commit();
    if (ctx.signal?.aborted) return err({ kind: 'aborted', message: `worker ${ctx.worker} on ${host}: the share was stopped` });
    if (!result.ok) return err({ kind: 'failed', message: describeConnectorError(result.error) });
    if (!committed.ok) return err({ kind: 'failed', message: `the share was not committed: ${describeLakeError(committed.error)}` });
    // The time box stops the reads the way a cancel does: that is its purpose, not a failure.
    if (result.value.fatal && !stop.boxFired) return err({ kind: 'failed', message: result.value.fatal });
    const outcome = committed.value;
    const lakeSummary = outcome.kind === 'committed' ? { committed: true, sequence: outcome.sequence, rows: outcome.rows, files: outcome.files.length } : { committed: false };
    return ok({
      worker: ctx.worker,
      host,
      attempt: ctx.attempt,
      elapsedMs: performance.now() - t0,
      summary: { ...result.value, lake: lakeSummary },
      tags: result.value.tags,
      points: result.value.points,
      failedTags: result.value.failedTags,
      timeBoxed: stop.boxFired && result.value.tagsLanded + result.value.failedTags.length < result.value.tags,
    });
  } finally {
    stop.dispose();
    await client.close();
    lake.close();
  }
}
