/**
 * What a mock holds for a window, counted stream by stream over HTTP (200 WebIds per stream-set
 * GET, timestamps only): the reference the extraction tests hold landed rows to.
 */
import type { TagCatalogue } from '../catalogue';

const STREAMS_PER_REQUEST = 200;

/** `baseUrl` is the mock's /piwebapi URL; times are PI time strings as the server takes them. */
export async function countRecordedValues(baseUrl: string, catalogue: TagCatalogue, startTime: string, endTime: string): Promise<number> {
  const ids = Array.from({ length: catalogue.count }, (_, i) => catalogue.webId(i, 'IDOnly'));
  let count = 0;
  for (let i = 0; i < ids.length; i += STREAMS_PER_REQUEST) {
    const query = ids.slice(i, i + STREAMS_PER_REQUEST).map((id) => `webId=${id}`).join('&');
    const res = await fetch(`${baseUrl}/streamsets/recorded?${query}&startTime=${startTime}&endTime=${endTime}&maxCount=100000&selectedFields=Items.Items.Timestamp`);
    if (!res.ok) throw new Error(`counting recorded values: HTTP ${res.status}`);
    for (const stream of ((await res.json()) as { Items: { Items: unknown[] }[] }).Items) count += stream.Items.length;
  }
  return count;
}
