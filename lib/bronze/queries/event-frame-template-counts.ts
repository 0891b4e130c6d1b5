/** One AF database's event frames per template, with how many are still in progress; most common first. */
import { z } from 'zod';
import { queryRows, type SqlReader } from '../sql-reader';

export interface TemplateFrameCount {
  templateName: string | null;
  count: number;
  inProgress: number;
}

const row = z.object({ template_name: z.string().nullable(), count: z.number(), in_progress: z.number() });

export async function eventFrameTemplateCounts(db: SqlReader, input: { assetKey: number }): Promise<TemplateFrameCount[]> {
  const rows = await queryRows(
    db,
    row,
    `SELECT template_name, count(*)::DOUBLE AS count, count(*) FILTER (WHERE end_time IS NULL)::DOUBLE AS in_progress
     FROM bronze.pi_event_frames WHERE asset_key = $1 GROUP BY template_name ORDER BY count DESC, template_name NULLS LAST`,
    [input.assetKey],
  );
  return rows.map((r) => ({ templateName: r.template_name, count: r.count, inProgress: r.in_progress }));
}
