/**
 * Gives every tag WebId a small integer key, stable across runs: the key is what the hot path
 * lands instead of repeated strings (DESIGN §9). New WebIds get the next keys in input order;
 * a known WebId keeps its key and takes the latest name, units, point id and source.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { tsFromMs } from './sql-time';
import { emptyTempTable } from './empty-temp-table';
import { inTransaction } from './transaction';
import { registerDataSource } from './register-sources';
import type { DataSource, TagRegistration } from '../landing';

export async function registerTags(conn: DuckDBConnection, source: DataSource, tags: readonly TagRegistration[]): Promise<Map<string, number>> {
  const unique = new Map<string, TagRegistration>();
  for (const tag of tags) {
    if (tag.webId.length === 0) throw new Error(`tag ${tag.name} has an empty WebId`);
    unique.set(tag.webId, tag);
  }
  return inTransaction(conn, async () => {
    const sourceKey = await registerDataSource(conn, source);
    if (unique.size === 0) return new Map<string, number>();
    await emptyTempTable(conn, 'stage_tags');
    const appender = await conn.createAppender('stage_tags', 'main', 'temp');
    try {
      let ord = 0;
      for (const tag of unique.values()) {
        appender.appendInteger(ord++);
        appender.appendVarchar(tag.webId);
        appender.appendVarchar(tag.name);
        appender.appendVarchar(tag.units);
        if (tag.pointId === undefined) appender.appendNull();
        else appender.appendInteger(tag.pointId);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await conn.run(
      `INSERT INTO bronze.pi_tags (tag_key, tag_webid, tag_name, units, point_id, first_seen_at, source_key)
       SELECT (SELECT coalesce(max(tag_key), 0) FROM bronze.pi_tags) + row_number() OVER (ORDER BY s.ord),
              s.webid, s.name, s.units, s.point_id, ${tsFromMs('$1')}, $2
       FROM temp.stage_tags s ANTI JOIN bronze.pi_tags t ON t.tag_webid = s.webid`,
      [Date.now(), sourceKey],
    );
    await conn.run(
      `UPDATE bronze.pi_tags t SET tag_name = s.name, units = s.units, point_id = s.point_id, source_key = $1
       FROM temp.stage_tags s
       WHERE t.tag_webid = s.webid
         AND (t.tag_name <> s.name OR t.units <> s.units OR t.point_id IS DISTINCT FROM s.point_id OR t.source_key <> $1)`,
      [sourceKey],
    );
    const reader = await conn.runAndReadAll(
      'SELECT s.webid, t.tag_key FROM temp.stage_tags s JOIN bronze.pi_tags t ON t.tag_webid = s.webid',
    );
    const keys = new Map<string, number>();
    for (const [webId, key] of reader.getRows()) keys.set(String(webId), Number(key));
    return keys;
  });
}
