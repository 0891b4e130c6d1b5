/** One AF database's event frames with their categories and attributes (one page, newest first), for a detail table. */
import { z } from 'zod';
import { clampLimit } from '../limit';
import { msFromTs } from '../sql-time';
import { parseJsonColumn, queryRows, type SqlReader } from '../sql-reader';

export interface FrameDetail {
  webId: string;
  name: string;
  templateName: string | null;
  startMs: number;
  endMs: number | null;
  durationSeconds: number | null;
  severity: string | null;
  primaryElementWebId: string | null;
  categoryNames: string[];
  attributes: Record<string, unknown>;
}

const row = z.object({
  event_frame_webid: z.string(),
  name: z.string(),
  template_name: z.string().nullable(),
  start_ms: z.number(),
  end_ms: z.number().nullable(),
  duration_seconds: z.number().nullable(),
  severity: z.string().nullable(),
  primary_element_webid: z.string().nullable(),
  category_names: z.array(z.string()),
  attributes: z.string(),
});
const attributes = z.record(z.string(), z.unknown());

/** All templates when `templateName` is omitted. */
export async function eventFrameDetails(
  db: SqlReader,
  input: { assetKey: number; templateName?: string; limit?: number; offset?: number },
): Promise<FrameDetail[]> {
  const rows = await queryRows(
    db,
    row,
    `SELECT event_frame_webid, name, template_name, ${msFromTs('start_time')} AS start_ms, ${msFromTs('end_time')} AS end_ms,
            duration_seconds, severity, primary_element_webid, category_names, CAST(attributes AS VARCHAR) AS attributes
     FROM bronze.pi_event_frames
     WHERE asset_key = $4 AND (CAST($1 AS VARCHAR) IS NULL OR template_name = CAST($1 AS VARCHAR))
     ORDER BY start_time DESC, event_frame_webid LIMIT $2 OFFSET $3`,
    [input.templateName ?? null, clampLimit(input.limit ?? 100, 1_000), clampLimit(input.offset ?? 0, Number.MAX_SAFE_INTEGER), input.assetKey],
  );
  return rows.map((r) => ({
    webId: r.event_frame_webid,
    name: r.name,
    templateName: r.template_name,
    startMs: r.start_ms,
    endMs: r.end_ms,
    durationSeconds: r.duration_seconds,
    severity: r.severity,
    primaryElementWebId: r.primary_element_webid,
    categoryNames: r.category_names,
    attributes: attributes.parse(parseJsonColumn(r.attributes)),
  }));
}
