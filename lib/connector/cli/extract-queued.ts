/**
 * `npm run extract -- ... --lake DIR --partition queue/N`: the extraction as N share jobs on Redis.
 * Per-share progress on stderr; one JSON summary line on stdout: the usual totals, plus each
 * share's state, worker, host, attempts and elapsed time. Exit codes as for one extraction:
 * 0 every share landed, 1 a share failed after its retries or Redis is unreachable, 3 tags failed.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { checkRedis, parseRedisUrl, runQueuedShares, type ShareOutcome } from '../../workers';
import type { ExtractConfig } from './extract-args';
import { ProgressBar } from './progress-bar';

function summarise(runId: string, config: ExtractConfig, outcomes: ShareOutcome[], elapsedMs: number) {
  const done = outcomes.flatMap((o) => (o.result ? [o.result] : []));
  const sum = (key: string) => done.reduce((n, r) => n + (typeof r.summary[key] === 'number' ? r.summary[key] : 0), 0);
  const points = done.reduce((n, r) => n + r.points, 0);
  return {
    runId,
    mode: config.mode,
    partition: `queue/${outcomes.length}`,
    tags: done.reduce((n, r) => n + r.tags, 0),
    points,
    httpRequests: sum('httpRequests'),
    bytes: sum('bytes'),
    wireBytes: sum('wireBytes'),
    gzip: config.gzip,
    elapsedMs,
    pointsPerSecond: points / (elapsedMs / 1000),
    retries: sum('retries'),
    failedTags: done.flatMap((r) => r.failedTags),
    failedShares: outcomes.filter((o) => o.state === 'failed').map((o) => ({ share: o.name, reason: o.failedReason })),
    shares: outcomes.map((o) => ({
      share: o.name,
      state: o.state,
      worker: o.result?.worker ?? null,
      host: o.result?.host ?? null,
      attempts: o.attempts,
      elapsedMs: o.result?.elapsedMs ?? null,
      points: o.result?.points ?? null,
      failedReason: o.failedReason,
    })),
  };
}

export async function extractQueued(config: ExtractConfig, runId: string, shares: number, lakeDir: string): Promise<number> {
  const target = parseRedisUrl(process.env.REDIS_URL);
  if (!target.ok) {
    console.error(`--partition queue/${shares}: ${target.error}`);
    return 2;
  }
  const reachable = await checkRedis(target.value);
  if (!reachable.ok) {
    console.error(reachable.error);
    return 1;
  }
  const bars = config.progress ? new Map<number, ProgressBar>() : null;
  const t0 = performance.now();
  const outcomes = await runQueuedShares({
    connection: target.value.options,
    shares,
    job: {
      runId,
      url: config.url,
      auth: config.auth.mode,
      mode: config.mode,
      startMs: config.startMs,
      endMs: config.endMs,
      fill: config.fill,
      nameFilter: config.nameFilter,
      // Workers on other machines resolve it too: an absolute path on the shared mount.
      lakeDir: path.resolve(lakeDir),
      af: config.af,
      eventFrames: config.eventFrames,
      options: { batchSize: config.batchSize, concurrency: config.concurrency, maxCount: config.maxCount, leanFields: config.leanFields, gzip: config.gzip },
    },
    onProgress: (share, p) => {
      if (!bars) return;
      const bar = bars.get(share) ?? new ProgressBar();
      bars.set(share, bar);
      bar.update(`share ${share}/${shares} ${p.worker}`, p.tagsDone, p.tagsTotal, `tags ${p.values.toLocaleString('en-US')} values`);
    },
    onNotice: (line) => console.error(line),
  });
  if (!outcomes.ok) {
    console.error(outcomes.error);
    return 1;
  }
  const summary = summarise(runId, config, outcomes.value, performance.now() - t0);
  console.log(JSON.stringify(summary));
  for (const failed of summary.failedShares) console.error(`${failed.share} failed: ${failed.reason ?? 'no reason given'}`);
  if (summary.failedShares.length > 0) return 1;
  return summary.failedTags.length > 0 ? 3 : 0;
}
