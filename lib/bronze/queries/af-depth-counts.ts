/** One AF database's elements per hierarchy level (plants, units, equipment ...), shallowest first. */
import { z } from 'zod';
import { queryRows, type SqlReader } from '../sql-reader';

const row = z.object({ depth: z.number(), count: z.number() });

export function afDepthCounts(db: SqlReader, input: { assetKey: number }): Promise<{ depth: number; count: number }[]> {
  return queryRows(
    db,
    row,
    'SELECT depth, count(*)::DOUBLE AS count FROM bronze.pi_af_hierarchy WHERE asset_key = $1 GROUP BY depth ORDER BY depth',
    [input.assetKey],
  );
}
