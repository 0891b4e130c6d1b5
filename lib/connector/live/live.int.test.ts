/**
 * The live tail against the mock's channels at a 1 s grid (issue 16): what lands through channels
 * equals recorded reads of the same span exactly (timestamps, values, flags), sockets cut by the
 * mock mid-stream are back-filled exactly, and a minute of 10 % cut sockets loses and duplicates
 * nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../../bronze';
import { startMockFixture, type MockFixture } from '../../pi-mock/test-support/mock-server-fixture';
import { duplicateKeys, openMemoryStore } from '../test-support/connector-fixture';
import { compareWithRecorded, tailFor, type TailRun } from '../test-support/live-fixture';

describe('live tail through channels', () => {
  let mock: MockFixture | undefined;
  const stores: BronzeStore[] = [];
  const fresh = async () => {
    const s = await openMemoryStore();
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await mock?.server.close();
    mock = undefined;
  });
  /** What the tail landed is exactly what recorded reads of the same span hold: nothing lost, split or landed twice. */
  const expectExactlyRecorded = async (url: string, store: BronzeStore, run: TailRun) => {
    const cmp = await compareWithRecorded(url, store, run);
    stores.push(cmp.clean);
    expect(cmp.fragmented).toEqual([]);
    expect(cmp.channelMismatches).toEqual([]);
    expect(cmp.live).toEqual(cmp.recorded);
    expect(await duplicateKeys(store)).toBe(0);
  };
  // The real clock: channels release values as wall-clock time passes the grid.
  const start = (options: { channelDropRate?: number; channelPollMs?: number }) =>
    startMockFixture({ tagCount: 128, intervalSeconds: 1, anchorMs: Date.now(), channelPollMs: 200, ...options });

  it('lands what channels carry exactly as recorded reads of the same span have it', async () => {
    mock = await start({});
    const store = await fresh();
    const run = await tailFor(mock.server.url, store, 5_000, { tagsPerSocket: 50, lookbackMs: 10_000 });
    expect(run.summary).toMatchObject({ tags: 128, sockets: 3, reconnects: 0, fatal: null, backfilledValues: 0 });
    // ~4 s of 1 s values per tag after the first back-fill.
    expect(run.summary.valuesLanded).toBeGreaterThanOrEqual(128 * 3);
    expect(run.channelRows.size).toBe(run.summary.valuesLanded);
    await expectExactlyRecorded(mock.server.url, store, run);
  }, 30_000);

  it('back-fills sockets the server cuts mid-stream, exactly', async () => {
    // ~1 cut a second over 16 sockets polled every 200 ms (channel-drops.ts).
    mock = await start({ channelDropRate: 0.99 });
    const store = await fresh();
    const run = await tailFor(mock.server.url, store, 8_000, { tagsPerSocket: 8, lookbackMs: 5_000 });
    expect(run.summary.fatal).toBeNull();
    expect(run.summary.reconnects).toBeGreaterThan(0);
    expect(run.summary.backfilledValues).toBeGreaterThan(0);
    await expectExactlyRecorded(mock.server.url, store, run);
  }, 40_000);

  it('loses and duplicates nothing over a minute of 10 % cut sockets', async () => {
    // 64 sockets at 10 % a minute: ~6 cuts expected; the seed makes the draw repeat.
    mock = await start({ channelDropRate: 0.1, channelPollMs: 1000 });
    const store = await fresh();
    const run = await tailFor(mock.server.url, store, 60_000, { tagsPerSocket: 2, lookbackMs: 5_000 });
    expect(run.summary.fatal).toBeNull();
    expect(run.summary.reconnects).toBeGreaterThan(0);
    await expectExactlyRecorded(mock.server.url, store, run);
  }, 120_000);
});
