/** One level of one AF database's tree, loaded lazily as the user expands it: its roots when parentWebId is null. */
import { z } from 'zod';
import { clampLimit } from '../limit';
import { queryRows, type SqlReader } from '../sql-reader';

export interface AfNode {
  webId: string;
  name: string;
  path: string;
  depth: number;
  templateName: string | null;
  categoryNames: string[];
  childCount: number;
}

const row = z.object({
  element_webid: z.string(),
  name: z.string(),
  path: z.string(),
  depth: z.number(),
  template_name: z.string().nullable(),
  category_names: z.array(z.string()),
  child_count: z.number(),
});

export async function afChildren(db: SqlReader, input: { assetKey: number; parentWebId: string | null; limit?: number }): Promise<AfNode[]> {
  const rows = await queryRows(
    db,
    row,
    `SELECT e.element_webid, e.name, e.path, e.depth, e.template_name, e.category_names,
            (SELECT count(*) FROM bronze.pi_af_hierarchy c WHERE c.asset_key = $3 AND c.parent_webid = e.element_webid)::DOUBLE AS child_count
     FROM bronze.pi_af_hierarchy e
     WHERE e.asset_key = $3 AND e.parent_webid IS NOT DISTINCT FROM CAST($1 AS VARCHAR)
     ORDER BY e.name LIMIT $2`,
    [input.parentWebId, clampLimit(input.limit ?? 1_000), input.assetKey],
  );
  return rows.map((r) => ({
    webId: r.element_webid,
    name: r.name,
    path: r.path,
    depth: r.depth,
    templateName: r.template_name,
    categoryNames: r.category_names,
    childCount: r.child_count,
  }));
}
