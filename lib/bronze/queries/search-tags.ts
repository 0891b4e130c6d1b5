/** Tags of one data source whose name contains a text (case-insensitive), with how many rows each has landed. */
import { z } from 'zod';
import { clampLimit } from '../limit';
import { queryRows, type SqlReader } from '../sql-reader';

export interface TagMatch {
  tagKey: number;
  webId: string;
  name: string;
  units: string;
  rowCount: number;
}

const row = z.object({ tag_key: z.number(), tag_webid: z.string(), tag_name: z.string(), units: z.string(), row_count: z.number() });

export async function searchTags(db: SqlReader, input: { sourceKey: number; text: string; limit?: number }): Promise<TagMatch[]> {
  const rows = await queryRows(
    db,
    row,
    // contains() rather than LIKE: the user's % and _ are matched literally, not as wildcards.
    // Rows are counted for the matched page of tags only, not for every tag in the store.
    `WITH matched AS (
       SELECT tag_key, tag_webid, tag_name, units FROM bronze.pi_tags
       WHERE source_key = $3 AND contains(lower(tag_name), lower($1)) ORDER BY tag_name LIMIT $2
     ), counted AS (
       SELECT tag_key, count(*) AS n FROM bronze.pi_timeseries_raw SEMI JOIN matched USING (tag_key) GROUP BY tag_key
     )
     SELECT m.tag_key, m.tag_webid, m.tag_name, m.units, coalesce(c.n, 0)::DOUBLE AS row_count
     FROM matched m LEFT JOIN counted c USING (tag_key) ORDER BY m.tag_name`,
    [input.text, clampLimit(input.limit ?? 50, 1_000), input.sourceKey],
  );
  return rows.map((r) => ({ tagKey: r.tag_key, webId: r.tag_webid, name: r.tag_name, units: r.units, rowCount: r.row_count }));
}
