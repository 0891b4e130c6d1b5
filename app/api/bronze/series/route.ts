/** GET /api/bronze/series?source=&webId=&start=&end=&limit=: one tag's raw values, oldest first, columnar. */
import { tagSeries } from '@/lib/bronze';
import { seriesParams, type TagSeriesResult } from '@/lib/api-contract';
import { OPEN_END_MS } from '../read-bronze';
import { readBySource } from '../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'source',
    params: seriesParams,
    read: async (store, { webId, start, end, limit }, sourceKey): Promise<TagSeriesResult> => {
      const series = await tagSeries(store, { sourceKey, webId, startMs: start ?? 0, endMs: end ?? OPEN_END_MS, limit });
      return { webId, tsMs: series.tsMs, value: series.value, state: series.state, flags: series.flags, truncated: series.truncated };
    },
    empty: ({ webId }) => ({ webId, tsMs: [], value: [], state: [], flags: [], truncated: false }),
    what: 'a tag series',
  });
}
