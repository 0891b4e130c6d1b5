/**
 * Lands what one event-frame search (searchMode Overlapped) over a window found: the frames of
 * that AF database the same search would have found before are replaced, so re-reading a window
 * never piles frames up, and an in-progress frame landed again once it has ended gets its end
 * time and duration. duration_seconds is derived here, null while the frame is open. The search
 * itself (window, frames found) is kept as the database's last search, in the same transaction.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { appendNullableVarchar } from './appender-values';
import { tsFromMs } from './sql-time';
import { inTransaction } from './transaction';
import { registerAssetSource } from './register-sources';
import type { AssetSource, EventFrameRow } from '../landing';
import type { Interval } from '../landing';

export async function landEventFrames(conn: DuckDBConnection, source: AssetSource, window: Interval, rows: readonly EventFrameRow[]): Promise<number> {
  return inTransaction(conn, async () => {
    const assetKey = await registerAssetSource(conn, source);
    await conn.run(
      `DELETE FROM bronze.pi_event_frames
       WHERE asset_key = $1 AND start_time <= ${tsFromMs('$3')} AND (end_time IS NULL OR end_time >= ${tsFromMs('$2')})`,
      [assetKey, window.startMs, window.endMs],
    );
    const found = new Set(rows.map((r) => r.webId)).size;
    await conn.run(
      `INSERT OR REPLACE INTO bronze.pi_event_frame_searches VALUES ($1, ${tsFromMs('$2')}, ${tsFromMs('$3')}, $4, ${tsFromMs('$5')})`,
      [assetKey, window.startMs, window.endMs, found, Date.now()],
    );
    if (rows.length === 0) return 0;
    await conn.run('DELETE FROM temp.stage_ef');
    const appender = await conn.createAppender('stage_ef', 'main', 'temp');
    try {
      rows.forEach((r, ord) => {
        appender.appendInteger(ord);
        appender.appendVarchar(r.webId);
        appender.appendVarchar(r.name);
        appendNullableVarchar(appender, r.templateName);
        appender.appendDouble(r.startMs);
        if (r.endMs === null) appender.appendNull();
        else appender.appendDouble(r.endMs);
        appendNullableVarchar(appender, r.primaryElementWebId);
        appender.appendVarchar(JSON.stringify(r.categoryNames));
        appendNullableVarchar(appender, r.severity);
        appender.appendVarchar(JSON.stringify(r.attributes));
        appender.endRow();
      });
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await conn.run(
      `INSERT OR REPLACE INTO bronze.pi_event_frames
       SELECT webid, name, template_name, ${tsFromMs('start_ms')}, ${tsFromMs('end_ms')},
              (end_ms - start_ms) / 1000, primary_element_webid,
              from_json(categories_json, '["VARCHAR"]'), severity, CAST(attributes_json AS JSON), ${tsFromMs('$1')}, $2
       FROM temp.stage_ef
       QUALIFY row_number() OVER (PARTITION BY webid ORDER BY ord DESC) = 1`,
      [Date.now(), assetKey],
    );
    return found;
  });
}
