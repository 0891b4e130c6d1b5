/**
 * `npm run extract`: one extraction into the DuckDB store or the shared lake. Progress on stderr;
 * exactly one JSON summary line on stdout: tags, points, httpRequests, bytes (decoded), wireBytes
 * (as received: compressed when gzipped), gzip, elapsedMs, pointsPerSecond, retries, failedTags. Exit codes: 0 all landed, 1 the run stopped (credentials
 * refused, server unreachable, the lake share not committed), 2 bad arguments, 3 some tags failed
 * (named in failedTags). `--mode live` tails through channels until SIGINT instead (extract-live.ts).
 */
import { describeConnectorError } from '../errors';
import { PiClient } from '../http';
import { newRunId } from '../run-id';
import { runExtraction } from '../run-extraction';
import { DEFAULT_RECORDED_OPTIONS } from '../recorded/types';
import { EXTRACT_USAGE, parseExtractArgs } from './extract-args';
import { extractLive } from './extract-live';
import { extractQueued } from './extract-queued';
import { openBronzeTarget, openLakeTarget } from './extract-target';
import { isLiveMode } from './live-args';
import { ProgressBar } from './progress-bar';
import { endExtraction, withTarget } from './end-extraction';
import { abortOnStopSignals, configOrExitCode } from './start-cli';

async function main(): Promise<number> {
  if (isLiveMode(process.argv.slice(2))) return extractLive(process.argv.slice(2), process.env);
  const start = configOrExitCode(parseExtractArgs(process.argv.slice(2), process.env), EXTRACT_USAGE);
  if ('exitCode' in start) return start.exitCode;
  const { config } = start;
  const runId = newRunId();
  if (config.queueShares !== null && config.lakeDir !== null) return extractQueued(config, runId, config.queueShares, config.lakeDir);
  const opened = config.lakeDir
    ? await openLakeTarget(config.lakeDir, runId, config.partition)
    : await openBronzeTarget(config.dbFile ?? ':memory:', config.exportParquetDir);
  if (!opened.ok) {
    console.error(opened.error);
    return 1;
  }
  const target = opened.value;
  // A stop signal ends the reads; what landed is kept (the lake commits it).
  const abort = abortOnStopSignals();
  const client = new PiClient({ baseUrl: config.url, auth: config.auth, connections: config.concurrency, gzip: config.gzip, signal: abort.signal });
  const bar = config.progress ? new ProgressBar() : null;
  return withTarget(target, client, async () => {
    const result = await runExtraction(
      client,
      target.sink,
      {
        mode: config.mode,
        startMs: config.startMs,
        endMs: config.endMs,
        fill: config.fill,
        partition: config.partition,
        nameFilter: config.nameFilter,
        runId,
        af: config.af,
        eventFrames: config.eventFrames,
        options: { ...DEFAULT_RECORDED_OPTIONS, batchSize: config.batchSize, concurrency: config.concurrency, maxCount: config.maxCount, leanFields: config.leanFields },
      },
      (p) => {
        if (p.phase === 'values') bar?.update(config.mode, p.tagsDone + p.tagsFailed, p.tagsTotal, `tags ${p.values.toLocaleString('en-US')} values`);
      },
    );
    bar?.finish();
    return endExtraction(target, {
      result,
      describe: describeConnectorError,
      summary: (value, finished) => ({ ...value, gzip: config.gzip, ...finished }),
      doneCode: (value) => (value.failedTags.length > 0 ? 3 : 0),
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
