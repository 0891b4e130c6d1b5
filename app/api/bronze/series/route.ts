/** GET /api/bronze/series?webId=&start=&end=&limit=: one tag's raw values, oldest first, columnar. */
import { tagSeries } from '@/lib/bronze';
import { seriesParams } from '@/lib/client/schemas/bronze-params';
import type { TagSeriesResult } from '@/lib/client/schemas/bronze';
import { OPEN_END_MS, readBronze } from '../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    seriesParams,
    async (store, { webId, start, end, limit }): Promise<TagSeriesResult> => {
      const series = await tagSeries(store, { webId, startMs: start ?? 0, endMs: end ?? OPEN_END_MS, limit });
      return { webId, tsMs: series.tsMs, value: series.value, state: series.state, flags: series.flags, truncated: series.truncated };
    },
    'a tag series',
  );
}
