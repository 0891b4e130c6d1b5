/** Per-tag extracted ranges (checkpoints.pi_watermarks): what a resumed run skips or continues. */
import { z } from 'zod';
import { msFromTs } from './sql-time';
import { queryRows, type SqlReader } from './sql-reader';
import type { Watermark } from './types';

const watermarkRow = z.object({
  tag_key: z.number(),
  first_ms: z.number(),
  last_ms: z.number(),
  row_count: z.number(),
  last_run_id: z.string(),
});

export async function readWatermarks(db: SqlReader): Promise<Map<number, Watermark>> {
  const rows = await queryRows(
    db,
    watermarkRow,
    `SELECT tag_key, ${msFromTs('first_ts')} AS first_ms, ${msFromTs('last_ts')} AS last_ms,
            CAST(row_count AS DOUBLE) AS row_count, last_run_id
     FROM checkpoints.pi_watermarks`,
  );
  const marks = new Map<number, Watermark>();
  for (const r of rows) {
    marks.set(r.tag_key, { firstTsMs: r.first_ms, lastTsMs: r.last_ms, rowCount: r.row_count, lastRunId: r.last_run_id });
  }
  return marks;
}
