/**
 * Lands the whole hierarchy of one AF database: the database's earlier rows are replaced, so an
 * element removed from AF disappears here too and one tier's tree never mixes with another's
 * (last one wins for a WebId listed twice).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { appendNullableVarchar } from './appender-values';
import { tsFromMs } from './sql-time';
import { inTransaction } from './transaction';
import { registerAssetSource } from './register-sources';
import type { AfElementRow, AssetSource } from '../landing';

export async function landAfElements(conn: DuckDBConnection, source: AssetSource, rows: readonly AfElementRow[]): Promise<number> {
  return inTransaction(conn, async () => {
    const assetKey = await registerAssetSource(conn, source);
    await conn.run('DELETE FROM bronze.pi_af_hierarchy WHERE asset_key = $1', [assetKey]);
    if (rows.length === 0) return 0;
    await conn.run('DELETE FROM temp.stage_af');
    const appender = await conn.createAppender('stage_af', 'main', 'temp');
    try {
      rows.forEach((r, ord) => {
        appender.appendInteger(ord);
        appender.appendVarchar(r.webId);
        appender.appendVarchar(r.name);
        appender.appendVarchar(r.path);
        appendNullableVarchar(appender, r.parentWebId);
        appender.appendInteger(r.depth);
        appendNullableVarchar(appender, r.templateName);
        appender.appendVarchar(JSON.stringify(r.categoryNames));
        appendNullableVarchar(appender, r.description);
        appender.endRow();
      });
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await conn.run(
      `INSERT OR REPLACE INTO bronze.pi_af_hierarchy
       SELECT webid, name, path, parent_webid, depth, template_name,
              from_json(categories_json, '["VARCHAR"]'), description, ${tsFromMs('$1')}, $2
       FROM temp.stage_af
       QUALIFY row_number() OVER (PARTITION BY webid ORDER BY ord DESC) = 1`,
      [Date.now(), assetKey],
    );
    return new Set(rows.map((r) => r.webId)).size;
  });
}
