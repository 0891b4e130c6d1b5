/**
 * The latest committed content hash of every AF element and event frame of one AF server, read
 * from the committed Parquet files. Absorbs records in sequence order, each once, so a commit
 * that retries only reads the records that arrived meanwhile.
 */
import { join } from 'node:path';
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { err, ok, type Result } from '../result';
import type { CommitRecord } from './commit-record';
import { messageOf, type LakeError } from './errors';
import type { LakeTable } from './layout';
import { publishRecord } from './publish';

type AssetTable = Exclude<LakeTable, 'pi_timeseries'>;
const WEBID_COLUMN: Record<AssetTable, string> = { pi_af_hierarchy: 'element_webid', pi_event_frames: 'event_frame_webid' };

export class AssetVersions {
  private absorbedThrough = 0;
  readonly latest: Record<AssetTable, Map<string, string>> = { pi_af_hierarchy: new Map(), pi_event_frames: new Map() };

  constructor(private readonly assetServerId: string) {}

  async absorb(conn: DuckDBConnection, dir: string, records: readonly CommitRecord[]): Promise<Result<void, LakeError>> {
    for (const record of records) {
      if (record.sequence <= this.absorbedThrough) continue;
      if (record.assetSource?.assetServerId === this.assetServerId) {
        const read = await this.absorbRecord(conn, dir, record);
        if (!read.ok) return read;
      }
      this.absorbedThrough = record.sequence;
    }
    return ok(undefined);
  }

  private async absorbRecord(conn: DuckDBConnection, dir: string, record: CommitRecord): Promise<Result<void, LakeError>> {
    const files = record.files.filter((f) => f.table !== 'pi_timeseries' && f.rows > 0);
    if (files.length === 0) return ok(undefined);
    // Its writer may have died before publishing, or be publishing now: finish that first, so
    // the final paths can be read.
    const published = await publishRecord(dir, record);
    if (!published.ok) return published;
    for (const file of files) {
      const table = file.table;
      if (table === 'pi_timeseries') continue;
      const path = join(dir, file.path);
      try {
        const reader = await conn.runAndReadAll(`SELECT ${WEBID_COLUMN[table]}, content_hash FROM read_parquet(${quotedString(path)})`);
        // One version per WebId in a record, so within a record order does not matter.
        for (const [webId, hash] of reader.getRows()) this.latest[table].set(String(webId), String(hash));
      } catch (error) {
        return err({ kind: 'parquet', path, message: messageOf(error) });
      }
    }
    return ok(undefined);
  }
}
