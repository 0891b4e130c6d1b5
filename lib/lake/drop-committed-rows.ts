/**
 * The commit-time half of "a value is committed once": when records committed since this
 * attempt last looked cover instants its staged files also hold (a racing attempt of the same
 * share, or a share that overlapped), the affected staged files are rewritten without those rows.
 * Only this attempt's own staged files are read, rewritten and removed.
 */
import { join, posix } from 'node:path';
import { quotedString, timestampValue, type DuckDBConnection, type DuckDBTimestampValue } from '@duckdb/node-api';
import { mergeIntervals, type Interval } from '../landing';
import { err, ok, type Result } from '../result';
import type { CommittedFile } from './commit-record';
import { messageOf, type LakeError } from './errors';
import { copyToParquet } from './copy-to-parquet';
import { removeOwnFile } from './fs-steps';
import { stagedRelativePath } from './layout';

const MATCH = 'c.webid = r.tag_webid AND r.ts BETWEEN c.start_ts AND c.end_ts';

export async function dropCommittedRows(
  conn: DuckDBConnection,
  dir: string,
  attemptId: string,
  files: readonly CommittedFile[],
  covered: ReadonlyMap<string, readonly Interval[]>,
  nextFileName: () => string,
): Promise<Result<{ files: CommittedFile[]; dropped: number }, LakeError>> {
  const series = files.filter((f) => f.table === 'pi_timeseries');
  if (covered.size === 0 || series.length === 0) return ok({ files: [...files], dropped: 0 });
  await loadCovered(conn, covered);

  const paths = series.map((f) => join(dir, f.stagedPath));
  let hitsByPath: Map<string, number>;
  try {
    const reader = await conn.runAndReadAll(
      `SELECT filename, count(*)::DOUBLE AS n FROM read_parquet([${paths.map(quotedString).join(', ')}], filename = true, hive_partitioning = false) r
       SEMI JOIN lake_covered c ON ${MATCH} GROUP BY filename`,
    );
    hitsByPath = new Map(reader.getRows().map(([name, n]) => [String(name), Number(n)]));
  } catch (error) {
    return err({ kind: 'parquet', path: paths[0] ?? dir, message: messageOf(error) });
  }

  const kept: CommittedFile[] = files.filter((f) => f.table !== 'pi_timeseries');
  let dropped = 0;
  for (const file of series) {
    const source = join(dir, file.stagedPath);
    const hits = hitsByPath.get(source) ?? 0;
    if (hits === 0) {
      kept.push(file);
      continue;
    }
    dropped += hits;
    if (hits < file.rows) {
      // A new name rather than rewriting in place: a file name is never reused for other content.
      // Record paths use '/' on every platform (finalPathPattern).
      const path = posix.join(posix.dirname(file.path), nextFileName());
      const stagedPath = stagedRelativePath(attemptId, path);
      const select = `SELECT r.* FROM read_parquet(${quotedString(source)}, hive_partitioning = false) r ANTI JOIN lake_covered c ON ${MATCH}`;
      const copied = await copyToParquet(conn, select, join(dir, stagedPath));
      if (!copied.ok) return copied;
      kept.push({ table: 'pi_timeseries', path, stagedPath, rows: copied.value.rows, bytes: copied.value.bytes });
    }
    const removed = await removeOwnFile(source);
    if (!removed.ok) return removed;
  }
  return ok({ files: kept, dropped });
}

async function loadCovered(conn: DuckDBConnection, covered: ReadonlyMap<string, readonly Interval[]>): Promise<void> {
  await conn.run('CREATE OR REPLACE TABLE lake_covered (webid VARCHAR NOT NULL, start_ts TIMESTAMP NOT NULL, end_ts TIMESTAMP NOT NULL)');
  const appender = await conn.createAppender('lake_covered');
  try {
    for (const [webId, intervals] of covered) {
      // Merged, so a row matches at most one interval and the counts above count rows, not matches.
      for (const iv of mergeIntervals(intervals)) {
        appender.appendVarchar(webId);
        appender.appendTimestamp(timestampFromMs(iv.startMs));
        appender.appendTimestamp(timestampFromMs(iv.endMs));
        appender.endRow();
      }
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Interval bounds are whole milliseconds from the connector; rounding keeps a fraction from throwing. */
function timestampFromMs(ms: number): DuckDBTimestampValue {
  return timestampValue(BigInt(Math.round(ms * 1000)));
}
