/**
 * Discovery and registration in slices: points are listed page by page only as slices are taken,
 * each registration holds one slice, and an extraction in small slices lands exactly what one
 * slice lands (rows, values, checkpoints, counts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import type { BronzeStore } from '../bronze';
import type { LandingSink } from '../landing';
import { findDataServer, pointPages } from './discovery/discover-points';
import { PiClient } from './http';
import { planSlices } from './plan-slices';
import { extract, HOUR_WINDOW, openMemoryStore, tagChecksums } from './test-support/connector-fixture';

const PAGE = 100;
const SLICE = 250;

async function coverageRows(store: BronzeStore): Promise<string[]> {
  const rows = await store.readRows(
    'SELECT t.tag_webid, epoch_ms(c.start_ts) AS s, epoch_ms(c.end_ts) AS e FROM checkpoints.pi_coverage c JOIN bronze.pi_tags t USING (tag_key) ORDER BY 1, 2',
  );
  return rows.map((r) => `${String(r.tag_webid)}:${String(r.s)}-${String(r.e)}`);
}

describe('slices of the point list', () => {
  let mock: MockFixture;
  const stores: BronzeStore[] = [];

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 1040 });
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await mock?.server.close();
  });

  it('lists a page only when the slice needing it is taken, and registers one slice at a time', async () => {
    const store = await openMemoryStore();
    stores.push(store);
    const registered: number[] = [];
    const sink: LandingSink = Object.assign(Object.create(store) as BronzeStore, {
      registerTags: (...args: Parameters<LandingSink['registerTags']>) => {
        registered.push(args[1].length);
        return store.registerTags(...args);
      },
    });
    const client = new PiClient({ baseUrl: mock.server.url, auth: { mode: 'none' }, connections: 1 });
    try {
      const server = await findDataServer(client);
      if (!server.ok) throw new Error('no data server');
      const before = client.metrics.requests;
      const slices = planSlices(pointPages(client, server.value, { pageSize: PAGE }), sink, {
        source: server.value.source,
        partition: null,
        window: HOUR_WINDOW,
        plan: { fill: 'window', readTimeMs: server.value.serverTimeMs, stopAtReadTime: false },
        ignoreCheckpoints: false,
        sliceTags: SLICE,
      });
      const first = await slices.next();
      expect(first.done).toBe(false);
      // Three pages make the first slice of 250; none of the other eight is listed yet.
      expect(client.metrics.requests - before).toBe(Math.ceil(SLICE / PAGE));
      const sizes = [first.value?.ok ? first.value.value.jobs.length : -1];
      for await (const slice of slices) sizes.push(slice.ok ? slice.value.jobs.length : -1);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(1040);
      expect(Math.max(...registered)).toBeLessThan(SLICE + PAGE);
      expect(registered.reduce((a, b) => a + b, 0)).toBe(1040);
      expect(registered.length).toBe(sizes.length);
    } finally {
      await client.close();
    }
  });

  it.each(['batch', 'streamsets'] as const)('%s in slices of 250 lands what one slice lands', async (mode) => {
    const whole = await openMemoryStore();
    const sliced = await openMemoryStore();
    stores.push(whole, sliced);
    const a = await extract({ url: mock.server.url, mode, store: whole });
    const b = await extract({ url: mock.server.url, mode, store: sliced, plan: { sliceTags: SLICE } });
    if (!a.ok || !b.ok) throw new Error('extraction failed');
    for (const key of ['tags', 'tagsLanded', 'pieces', 'points', 'skippedTags', 'failedTags'] as const) expect(b.value[key]).toEqual(a.value[key]);
    expect(b.value.tagsLanded).toBe(1040);
    expect(await tagChecksums(sliced)).toEqual(await tagChecksums(whole));
    expect(await coverageRows(sliced)).toEqual(await coverageRows(whole));
    // Re-run in slices: the checkpoints cover everything, so nothing is read again.
    const again = await extract({ url: mock.server.url, mode, store: sliced, plan: { sliceTags: SLICE } });
    if (!again.ok) throw new Error('re-run failed');
    expect(again.value.skippedTags).toBe(1040);
    expect(again.value.points).toBe(0);
  });
});
