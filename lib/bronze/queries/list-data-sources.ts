/** The PI Data Archives bronze holds tags of, newest landing first, with what each has landed. */
import { z } from 'zod';
import { msFromTs } from '../sql-time';
import { queryRows, type SqlReader } from '../sql-reader';
import { newestFirst } from './source-tables';

export interface DataSourceSummary {
  key: number;
  serverId: string;
  serverName: string;
  tagCount: number;
  /** Values landed for those tags. */
  rowCount: number;
  lastLandedAtMs: number;
}

const row = z.object({
  source_key: z.number(),
  data_server_id: z.string(),
  data_server_name: z.string(),
  tag_count: z.number(),
  row_count: z.number(),
  last_landed_ms: z.number(),
});

export async function listDataSources(db: SqlReader): Promise<DataSourceSummary[]> {
  const rows = await queryRows(
    db,
    row,
    // Values are counted per tag_key first (one pass over the raw table, no join per row), and only
    // those small per-tag counts are joined to their tags and sources. The inner join leaves out a
    // source without tags, as SOURCE_TABLES.data.holds does when a route picks the default.
    `WITH per_tag AS (
       SELECT tag_key, count(*) AS n FROM bronze.pi_timeseries_raw GROUP BY tag_key
     ), per_source AS (
       SELECT t.source_key, count(*) AS tags, coalesce(sum(p.n), 0) AS n
       FROM bronze.pi_tags t LEFT JOIN per_tag p USING (tag_key) GROUP BY t.source_key
     )
     SELECT s.source_key, s.data_server_id, s.data_server_name, ps.tags::DOUBLE AS tag_count, ps.n::DOUBLE AS row_count,
            ${msFromTs('s.last_landed_at')} AS last_landed_ms
     FROM bronze.pi_sources s JOIN per_source ps USING (source_key)
     ORDER BY ${newestFirst('data')}`,
  );
  return rows.map((r) => ({
    key: r.source_key,
    serverId: r.data_server_id,
    serverName: r.data_server_name,
    tagCount: r.tag_count,
    rowCount: r.row_count,
    lastLandedAtMs: r.last_landed_ms,
  }));
}
