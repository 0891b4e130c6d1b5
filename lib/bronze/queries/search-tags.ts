/** Tags whose name contains a text (case-insensitive), with how many rows each has landed. */
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

export async function searchTags(db: SqlReader, input: { text: string; limit?: number }): Promise<TagMatch[]> {
  const rows = await queryRows(
    db,
    row,
    // contains() rather than LIKE: the user's % and _ are matched literally, not as wildcards.
    `SELECT t.tag_key, t.tag_webid, t.tag_name, t.units, coalesce(m.row_count, 0)::DOUBLE AS row_count
     FROM bronze.pi_tags t LEFT JOIN checkpoints.pi_watermarks m USING (tag_key)
     WHERE contains(lower(t.tag_name), lower($1))
     ORDER BY t.tag_name LIMIT $2`,
    [input.text, clampLimit(input.limit ?? 50, 1_000)],
  );
  return rows.map((r) => ({ tagKey: r.tag_key, webId: r.tag_webid, name: r.tag_name, units: r.units, rowCount: r.row_count }));
}
