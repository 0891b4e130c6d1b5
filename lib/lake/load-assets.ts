/**
 * `lake load`, AF and event frames: the latest committed version of every WebId per AF server
 * and database (what lake readers take), landed through the sink's public methods. Event frames
 * go in as one search spanning every search the lake recorded for that database.
 */
import { join } from 'node:path';
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { AssetSource, LandingSink } from '../landing';
import type { CommitRecord } from './commit-record';

const afRow = z.object({
  element_webid: z.string(),
  name: z.string(),
  path: z.string(),
  parent_webid: z.string().nullable(),
  depth: z.number(),
  template_name: z.string().nullable(),
  category_names: z.array(z.string()),
  description: z.string().nullable(),
});
const efRow = z.object({
  event_frame_webid: z.string(),
  name: z.string(),
  template_name: z.string().nullable(),
  start_ms: z.number(),
  end_ms: z.number().nullable(),
  primary_element_webid: z.string().nullable(),
  category_names: z.array(z.string()),
  severity: z.string().nullable(),
  attributes: z.string(),
});
const attributes = z.record(z.string(), z.unknown());

export async function loadAssets(sink: LandingSink, conn: DuckDBConnection, dir: string, records: readonly CommitRecord[]): Promise<{ afElements: number; eventFrames: number }> {
  const bySource = new Map<string, { source: AssetSource; records: CommitRecord[] }>();
  for (const r of records) {
    if (r.assetSource === null) continue;
    const key = `${r.assetSource.assetServerId}\n${r.assetSource.databaseName}`;
    const entry = bySource.get(key) ?? { source: r.assetSource, records: [] };
    entry.records.push(r);
    bySource.set(key, entry);
  }
  const loaded = { afElements: 0, eventFrames: 0 };
  for (const { source, records: own } of bySource.values()) {
    const af = await latest(conn, dir, own, 'pi_af_hierarchy', 'element_webid', 'element_webid, name, path, parent_webid, depth, template_name, category_names, description');
    if (af !== null) {
      const rows = z.array(afRow).parse(af).map((r) => ({ webId: r.element_webid, name: r.name, path: r.path, parentWebId: r.parent_webid, depth: r.depth, templateName: r.template_name, categoryNames: r.category_names, description: r.description }));
      loaded.afElements += await sink.landAfElements(source, rows);
    }
    const ef = await latest(conn, dir, own, 'pi_event_frames', 'event_frame_webid',
      `event_frame_webid, name, template_name, epoch_ms(start_time)::DOUBLE AS start_ms, epoch_ms(end_time)::DOUBLE AS end_ms,
       primary_element_webid, category_names, severity, CAST(attributes AS VARCHAR) AS attributes`);
    if (ef !== null) {
      const rows = z.array(efRow).parse(ef).map((r) => ({ webId: r.event_frame_webid, name: r.name, templateName: r.template_name, startMs: r.start_ms, endMs: r.end_ms, primaryElementWebId: r.primary_element_webid, categoryNames: r.category_names, severity: r.severity, attributes: attributes.parse(JSON.parse(r.attributes)) }));
      const searches = own.flatMap((r) => r.eventFrameWindows);
      const window = { startMs: Math.min(...searches.map((w) => w.startMs), ...rows.map((r) => r.startMs)), endMs: Math.max(...searches.map((w) => w.endMs), ...rows.map((r) => r.endMs ?? r.startMs)) };
      loaded.eventFrames += await sink.landEventFrames(source, window, rows);
    }
  }
  return loaded;
}

/** Rows of the latest version per WebId in the records' files of `table`; null when they hold none. */
async function latest(conn: DuckDBConnection, dir: string, records: readonly CommitRecord[], table: 'pi_af_hierarchy' | 'pi_event_frames', webIdColumn: string, columns: string): Promise<unknown[] | null> {
  const files = records.flatMap((r) => r.files.filter((f) => f.table === table).map((f) => ({ path: join(dir, f.path), sequence: r.sequence })));
  if (files.length === 0) return null;
  const sequences = files.map((f) => `(${quotedString(f.path)}, ${f.sequence})`).join(', ');
  const reader = await conn.runAndReadAll(
    `SELECT ${columns} FROM read_parquet([${files.map((f) => quotedString(f.path)).join(', ')}], filename = true) r
     JOIN (VALUES ${sequences}) AS f(file_path, seq) ON f.file_path = r.filename
     QUALIFY row_number() OVER (PARTITION BY ${webIdColumn} ORDER BY f.seq DESC) = 1
     ORDER BY ${webIdColumn}`,
  );
  return reader.getRowObjectsJS();
}
