/**
 * `npm run extract -- --mode live`: tails through channels into the DuckDB store or the lake until
 * SIGINT/SIGTERM, prints the figures to stderr every second and one JSON summary line on stdout
 * (values landed, initial and back-filled values, reconnects, lag p50/p95). Exit 0 after a clean
 * stop, 1 when the tail stopped by itself (credentials or WebIds refused, landing failed), 2 on bad
 * arguments. Into the lake the tail commits every --lake-commit-seconds, and what is left when it stops.
 */
import { describeConnectorError } from '../errors';
import { PiClient } from '../http';
import { DEFAULT_LIVE_OPTIONS } from '../live/live-types';
import { describeLiveError, runLive } from '../live/run-live';
import { DEFAULT_RECORDED_OPTIONS } from '../recorded/types';
import { newRunId } from '../run-id';
import { openBronzeTarget } from './extract-target';
import { openLiveLakeTarget } from './live-lake-target';
import { LIVE_USAGE, parseLiveArgs } from './live-args';
import { endExtraction, withTarget } from './end-extraction';
import { abortOnStopSignals, configOrExitCode } from './start-cli';

export async function extractLive(argv: string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const start = configOrExitCode(parseLiveArgs(argv, env), LIVE_USAGE);
  if ('exitCode' in start) return start.exitCode;
  const { config } = start;
  const runId = newRunId();
  const opened = config.lakeDir ? await openLiveLakeTarget(config.lakeDir, runId, config.lakeCommitMs) : await openBronzeTarget(config.dbFile ?? ':memory:', null);
  if (!opened.ok) {
    console.error(opened.error);
    return 1;
  }
  const target = opened.value;
  const abort = abortOnStopSignals();
  // The client's own signal stays unset: a back-fill in flight at SIGINT finishes, so what it read lands covered.
  const client = new PiClient({ baseUrl: config.url, auth: config.auth, connections: config.concurrency, gzip: config.gzip });
  return withTarget(target, client, async () => {
    const result = await runLive(
      client,
      target.sink,
      {
        runId,
        tagCount: config.tagCount,
        nameFilter: config.nameFilter,
        auth: config.auth,
        options: {
          ...DEFAULT_LIVE_OPTIONS,
          tagsPerSocket: config.tagsPerSocket,
          heartbeatRate: config.heartbeatRate,
          pollMs: config.pollMs,
          flushMs: config.flushMs,
          lookbackMs: config.lookbackMs,
          recorded: { ...DEFAULT_RECORDED_OPTIONS, batchSize: config.batchSize, concurrency: config.concurrency },
        },
      },
      abort.signal,
      {
        onStats: (s) => {
          if (!config.progress) return;
          const lag = s.lagP50Ms === null ? 'lag -' : `lag p50 ${s.lagP50Ms} ms p95 ${s.lagP95Ms} ms`;
          process.stderr.write(
            `live ${s.tags} tags, ${s.socketsOpen}/${s.sockets} sockets, ${s.valuesLanded.toLocaleString('en-US')} values landed, ${lag}, ${s.reconnects} reconnects, ${s.backfilledValues} back-filled\n`,
          );
        },
      },
    );
    return endExtraction(target, {
      result,
      describe: (error) => describeLiveError(error, describeConnectorError),
      summary: (value, finished) => ({ mode: 'live', ...value, ...finished }),
      doneCode: () => 0,
    });
  });
}
