/**
 * One untimed read of a few tags in every request shape the run will measure (a GET per stream,
 * a POST /batch, a stream-set GET), before the first measured mode. Without it the first mode
 * also pays for JIT warm-up of its code paths on both sides, so the order of the modes would
 * weigh on the speed-up. Nothing is landed and failures are ignored: the measured modes report
 * their own.
 */
import { type PiClient, recordedQuery, streamSetQuery } from '../connector';
import type { ExtractionModeName } from '../api-contract';

const WARM_UP_TAGS = 10;

export async function warmUp(client: PiClient, webIds: readonly string[], modes: readonly ExtractionModeName[], window: { startIso: string; endIso: string }): Promise<void> {
  const ids = webIds.slice(0, WARM_UP_TAGS);
  if (ids.length === 0) return;
  const query = recordedQuery(window.startIso, window.endIso, 10_000, true);
  for (const mode of modes) {
    if (mode === 'sequential') {
      for (const id of ids) await client.get(`/streams/${id}/recorded?${query}`);
    } else if (mode === 'batch') {
      const body = Object.fromEntries(ids.map((id, i) => [String(i), { Method: 'GET', Resource: `${client.baseUrl}/streams/${id}/recorded?${query}` }]));
      await client.post('/batch', JSON.stringify(body));
    } else {
      const set = ids.map((id) => `webId=${encodeURIComponent(id)}`).join('&');
      await client.get(`/streamsets/recorded?${set}&${streamSetQuery(window.startIso, window.endIso, 10_000, true)}`);
    }
  }
}
