/**
 * Runs one share job: the same connector code as `npm run extract -- --partition i/N --lake DIR`,
 * landing into the shared lake, whose commit protocol makes a retried or re-delivered share land
 * exactly once (a worker killed mid-share leaves only its own staging behind).
 */
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { authFromEnv } from '../connector/cli/auth-from-env';
import { describeConnectorError } from '../connector/errors';
import { PiClient } from '../connector/http';
import { DEFAULT_RECORDED_OPTIONS } from '../connector/recorded/types';
import { runExtraction } from '../connector/run-extraction';
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

export async function runShare(job: ShareJobData, ctx: ShareRunContext): Promise<Result<ShareJobResult, ShareRefusal | ShareFailure>> {
  const t0 = performance.now();
  const host = hostname();
  const auth = authFromEnv(job.auth, ctx.env);
  if (!auth.ok) return err({ kind: 'refused', message: `worker ${ctx.worker} on ${host}: ${auth.error}` });
  const opened = await LakeShare.open(job.lakeDir, { runId: job.runId, share: job.share });
  if (!opened.ok) return err({ kind: 'refused', message: `worker ${ctx.worker} on ${host} cannot open the lake at ${job.lakeDir}: ${describeLakeError(opened.error)}` });
  const lake = opened.value;
  const client = new PiClient({ baseUrl: job.url, auth: auth.value, connections: job.options.concurrency, ...(ctx.signal ? { signal: ctx.signal } : {}) });
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
        if (p.phase === 'values') ctx.onProgress?.({ tagsDone: p.tagsDone + p.tagsFailed, tagsTotal: p.tagsTotal, values: p.values, worker: ctx.worker, host });
      },
    );
    // What landed before a failure is exact and covered: commit it either way.
    const committed = await lake.commit();
    if (!result.ok) return err({ kind: 'failed', message: describeConnectorError(result.error) });
    if (!committed.ok) return err({ kind: 'failed', message: `the share was not committed: ${describeLakeError(committed.error)}` });
    if (result.value.fatal) return err({ kind: 'failed', message: result.value.fatal });
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
    });
  } finally {
    await client.close();
    lake.close();
  }
}
