/** demo.runs: every run's settings and measured figures, so history survives restarts. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { clampLimit } from './limit';
import { msFromTs, tsFromMs } from './sql-time';
import { parseJsonColumn, queryRows, type SqlReader } from './sql-reader';
import type { RunRecord } from './types';

function jsonText(value: unknown, field: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`run ${field} is not JSON-serialisable`);
  return text;
}

/** Inserts or replaces the run (call it at start and again when it finishes). */
export async function saveRun(conn: DuckDBConnection, run: RunRecord): Promise<void> {
  await conn.run(
    `INSERT OR REPLACE INTO demo.runs (run_id, started_at, finished_at, status, settings, figures)
     VALUES ($1, ${tsFromMs('$2')}, ${tsFromMs('$3')}, $4, CAST($5 AS JSON), CAST($6 AS JSON))`,
    [run.runId, run.startedAtMs, run.finishedAtMs, run.status, jsonText(run.settings, 'settings'), jsonText(run.figures, 'figures')],
  );
}

const runRow = z.object({
  run_id: z.string(),
  started_ms: z.number(),
  finished_ms: z.number().nullable(),
  status: z.string(),
  settings: z.string(),
  figures: z.string(),
});

const SELECT_RUNS = `SELECT run_id, ${msFromTs('started_at')} AS started_ms, ${msFromTs('finished_at')} AS finished_ms,
  status, CAST(settings AS VARCHAR) AS settings, CAST(figures AS VARCHAR) AS figures FROM demo.runs`;

function toRecord(r: z.infer<typeof runRow>): RunRecord {
  return {
    runId: r.run_id,
    startedAtMs: r.started_ms,
    finishedAtMs: r.finished_ms,
    status: r.status,
    settings: parseJsonColumn(r.settings),
    figures: parseJsonColumn(r.figures),
  };
}

/** Newest first. */
export async function listRuns(db: SqlReader, limit = 50): Promise<RunRecord[]> {
  const rows = await queryRows(db, runRow, `${SELECT_RUNS} ORDER BY started_at DESC, run_id LIMIT $1`, [clampLimit(limit)]);
  return rows.map(toRecord);
}

export async function getRun(db: SqlReader, runId: string): Promise<RunRecord | null> {
  const rows = await queryRows(db, runRow, `${SELECT_RUNS} WHERE run_id = $1`, [runId]);
  const row = rows[0];
  return row ? toRecord(row) : null;
}
