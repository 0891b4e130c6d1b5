/** One AF database's elements per template, most common first; elements without a template count under null. */
import { z } from 'zod';
import { queryRows, type SqlReader } from '../sql-reader';

const row = z.object({ template_name: z.string().nullable(), count: z.number() });

export async function afTemplateCounts(db: SqlReader, input: { assetKey: number }): Promise<{ templateName: string | null; count: number }[]> {
  const rows = await queryRows(
    db,
    row,
    `SELECT template_name, count(*)::DOUBLE AS count FROM bronze.pi_af_hierarchy WHERE asset_key = $1
     GROUP BY template_name ORDER BY count DESC, template_name NULLS LAST`,
    [input.assetKey],
  );
  return rows.map((r) => ({ templateName: r.template_name, count: r.count }));
}
