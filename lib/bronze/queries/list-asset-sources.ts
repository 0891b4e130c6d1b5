/** The AF databases bronze holds elements or event frames of, newest landing first, with their counts. */
import { z } from 'zod';
import { msFromTs } from '../sql-time';
import { queryRows, type SqlReader } from '../sql-reader';
import { newestFirst, SOURCE_TABLES } from './source-tables';

export interface AssetSourceSummary {
  key: number;
  serverId: string;
  serverName: string;
  databaseName: string;
  elementCount: number;
  frameCount: number;
  lastLandedAtMs: number;
}

const row = z.object({
  asset_key: z.number(),
  asset_server_id: z.string(),
  asset_server_name: z.string(),
  database_name: z.string(),
  element_count: z.number(),
  frame_count: z.number(),
  last_landed_ms: z.number(),
});

export async function listAssetSources(db: SqlReader): Promise<AssetSourceSummary[]> {
  const rows = await queryRows(
    db,
    row,
    `WITH elements AS (SELECT asset_key, count(*) AS n FROM bronze.pi_af_hierarchy GROUP BY asset_key),
          frames AS (SELECT asset_key, count(*) AS n FROM bronze.pi_event_frames GROUP BY asset_key)
     SELECT s.asset_key, s.asset_server_id, s.asset_server_name, s.database_name,
            coalesce(e.n, 0)::DOUBLE AS element_count, coalesce(f.n, 0)::DOUBLE AS frame_count,
            ${msFromTs('s.last_landed_at')} AS last_landed_ms
     FROM bronze.pi_asset_sources s LEFT JOIN elements e USING (asset_key) LEFT JOIN frames f USING (asset_key)
     WHERE ${SOURCE_TABLES.asset.holds}
     ORDER BY ${newestFirst('asset')}`,
  );
  return rows.map((r) => ({
    key: r.asset_key,
    serverId: r.asset_server_id,
    serverName: r.asset_server_name,
    databaseName: r.database_name,
    elementCount: r.element_count,
    frameCount: r.frame_count,
    lastLandedAtMs: r.last_landed_ms,
  }));
}
