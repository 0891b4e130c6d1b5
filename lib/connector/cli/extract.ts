/**
 * `npm run extract`: one extraction into bronze. Progress on stderr; exactly one JSON summary line
 * on stdout: tags, points, httpRequests, bytes, elapsedMs, pointsPerSecond, retries, failedTags.
 * Exit codes: 0 all landed, 1 the run stopped (credentials refused, server unreachable),
 * 2 bad arguments, 3 some tags failed (named in failedTags).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BronzeStore } from '../../bronze';
import { describeConnectorError } from '../errors';
import { PiClient } from '../http';
import { newRunId } from '../run-id';
import { runExtraction } from '../run-extraction';
import { DEFAULT_RECORDED_OPTIONS } from '../recorded/types';
import { parseExtractArgs } from './extract-args';
import { ProgressBar } from './progress-bar';

async function main(): Promise<number> {
  const parsed = parseExtractArgs(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.error);
    return 2;
  }
  const config = parsed.value;
  if (config.dbFile !== ':memory:') mkdirSync(path.dirname(path.resolve(config.dbFile)), { recursive: true });
  const opened = await BronzeStore.open(config.dbFile);
  if (!opened.ok) {
    console.error(`cannot open ${config.dbFile}: ${opened.error.message}`);
    return 1;
  }
  const store = opened.value;
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  const client = new PiClient({ baseUrl: config.url, auth: config.auth, connections: config.concurrency, signal: abort.signal });
  const bar = config.progress ? new ProgressBar() : null;
  try {
    const result = await runExtraction(
      client,
      store,
      {
        mode: config.mode,
        startMs: config.startMs,
        endMs: config.endMs,
        fill: config.fill,
        partition: config.partition,
        nameFilter: config.nameFilter,
        runId: newRunId(),
        af: config.af,
        eventFrames: config.eventFrames,
        options: { ...DEFAULT_RECORDED_OPTIONS, batchSize: config.batchSize, concurrency: config.concurrency, maxCount: config.maxCount, leanFields: config.leanFields },
      },
      (p) => {
        if (p.phase === 'values') bar?.update(config.mode, p.tagsDone + p.tagsFailed, p.tagsTotal, `tags ${p.values.toLocaleString('en-US')} values`);
      },
    );
    bar?.finish();
    if (!result.ok) {
      console.error(describeConnectorError(result.error));
      return 1;
    }
    let summary: Record<string, unknown> = { ...result.value };
    if (config.exportParquetDir) {
      const exported = await store.exportParquet(config.exportParquetDir);
      summary = { ...summary, parquet: exported.ok ? exported.value : { error: exported.error.message } };
    }
    console.log(JSON.stringify(summary));
    if (result.value.fatal) {
      console.error(result.value.fatal);
      return 1;
    }
    return result.value.failedTags.length > 0 ? 3 : 0;
  } finally {
    await client.close();
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
