/**
 * Where `npm run extract` lands: the DuckDB store (one file, one writer process) or the shared
 * Parquet lake (no DuckDB file; any number of processes on any number of machines). The
 * connector sees only the LandingSink; what happens after the run differs: the store already
 * holds every landed batch (and exports Parquet when asked), the lake commits its share.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BronzeStore, describeBronzeError } from '../../bronze';
import type { LandingSink } from '../../landing';
import { describeLakeError, LakeShare } from '../../lake';
import { err, ok, type Result } from '../../result';
import type { Partition } from '../partition';

const CLI_MEMORY_LIMIT = '128MB';

export interface ExtractTarget {
  sink: LandingSink;
  /** After the run, whatever its outcome: make what landed visible; answers fields for the summary line. */
  finish(): Promise<Result<Record<string, unknown>, string>>;
  /** After a throw (a bug): drop what this process staged and nothing else. */
  abandon(): Promise<void>;
  close(): Promise<void>;
}

export async function openBronzeTarget(dbFile: string, exportParquetDir: string | null): Promise<Result<ExtractTarget, string>> {
  if (dbFile !== ':memory:') mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
  // This process serves no dashboard query: the smallest cache keeps a long window's peak memory down.
  const opened = await BronzeStore.open(dbFile, { memoryLimit: CLI_MEMORY_LIMIT });
  if (!opened.ok) return err(describeBronzeError(opened.error));
  const store = opened.value;
  return ok({
    sink: store,
    finish: async () => {
      if (!exportParquetDir) return ok({});
      const exported = await store.exportParquet(exportParquetDir);
      return ok({ parquet: exported.ok ? exported.value : { error: exported.error.message } });
    },
    abandon: async () => {},
    close: () => store.close(),
  });
}

export async function openLakeTarget(dir: string, runId: string, share: Partition | null): Promise<Result<ExtractTarget, string>> {
  const opened = await LakeShare.open(dir, { runId, share });
  if (!opened.ok) return err(`cannot open the lake at ${dir}: ${describeLakeError(opened.error)}`);
  const lake = opened.value;
  const base = { dir: path.resolve(dir), attemptId: lake.attemptId };
  return ok({
    sink: lake,
    finish: async () => {
      const committed = await lake.commit();
      if (!committed.ok) return err(`the lake share was not committed (a re-run lands it): ${describeLakeError(committed.error)}`);
      const outcome = committed.value;
      if (outcome.kind === 'nothing-to-commit') return ok({ lake: { ...base, committed: false, droppedRows: outcome.droppedRows } });
      return ok({
        lake: {
          ...base,
          committed: true,
          sequence: outcome.sequence,
          files: outcome.files.length,
          rows: outcome.rows,
          droppedRows: outcome.droppedRows,
          // The commit stands either way; an unpublished file is published by the next process to open the lake.
          publishError: outcome.publishError ? describeLakeError(outcome.publishError) : null,
        },
      });
    },
    abandon: async () => {
      await lake.abandon();
    },
    close: async () => lake.close(),
  });
}
