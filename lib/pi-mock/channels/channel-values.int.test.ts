/**
 * Values through the channels equal `recorded` reads of the same span exactly (timestamps, values,
 * flags, names and links): the channel renders with recorded's own writers, released on the grid
 * as wall-clock time passes (1 s grid here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestChannel, type ChannelMessage } from '../test-support/channel-client';
import { startMockFixture, type MockFixture } from '../test-support/mock-server-fixture';

let mock: MockFixture;
let webIds: string[];

interface StreamItems {
  Items: Array<{ WebId: string; Items: Array<{ Timestamp: string }> }>;
}

beforeAll(async () => {
  mock = await startMockFixture({ tagCount: 128, intervalSeconds: 1, channelPollMs: 100 });
  const servers = (await mock.get('/dataservers')).json as { Items: Array<{ WebId: string }> };
  const ds = servers.Items[0]?.WebId ?? '';
  const points = (await mock.get(`/dataservers/${ds}/points?maxCount=200&selectedFields=Items.WebId`)).json as { Items: Array<{ WebId: string }> };
  webIds = points.Items.map((p) => p.WebId);
});
afterAll(async () => {
  await mock.server.close();
});

/** Every stream's values across messages, in arrival order, keyed by WebId. */
function valuesByStream(messages: ChannelMessage[]): Map<string, Array<Record<string, unknown>>> {
  const out = new Map<string, Array<Record<string, unknown>>>();
  for (const m of messages) for (const s of m.Items) out.set(s.WebId, [...(out.get(s.WebId) ?? []), ...s.Items]);
  return out;
}

describe('channel values equal recorded reads', () => {
  it('streams/{webId}/channel carries each grid value once, exactly as recorded has it', async () => {
    const webId = webIds[3] ?? '';
    const channel = openTestChannel(mock.server.url, `/streams/${webId}/channel`);
    await channel.opened;
    await channel.waitForMessages(3);
    channel.close();
    const got = valuesByStream(channel.messages.map((m) => m.body)).get(webId) ?? [];
    expect(got.length).toBeGreaterThanOrEqual(3);
    const first = String(got[0]?.Timestamp);
    const last = String(got.at(-1)?.Timestamp);
    const recorded = (await mock.get(`/streams/${webId}/recorded?startTime=${first}&endTime=${last}`)).json as { Items: unknown[] };
    expect(got).toEqual(recorded.Items);
    // Every message is a stream-set "end" shape naming the one stream.
    for (const { body } of channel.messages) {
      expect(body.Links).toEqual({});
      expect(body.Items.map((s) => s.WebId)).toEqual([webId]);
    }
  });

  it('streamsets/channel?webId=... carries the streams as streamsets/recorded of the span does', async () => {
    const ids = webIds.slice(10, 14);
    const query = ids.map((w) => `webId=${w}`).join('&');
    const channel = openTestChannel(mock.server.url, `/streamsets/channel?${query}`);
    await channel.opened;
    await channel.waitForMessages(3);
    channel.close();
    const bodies = channel.messages.map((m) => m.body);
    const byStream = valuesByStream(bodies);
    const firstTs = bodies[0]?.Items[0]?.Items[0]?.Timestamp ?? '';
    const lastMsg = bodies.at(-1)?.Items[0]?.Items;
    const lastTs = String(lastMsg?.at(-1)?.Timestamp);
    const recorded = (await mock.get(`/streamsets/recorded?${query}&startTime=${firstTs}&endTime=${lastTs}`)).json as StreamItems;
    expect(recorded.Items.map((s) => s.WebId)).toEqual(ids);
    for (const stream of recorded.Items) expect(byStream.get(stream.WebId)).toEqual(stream.Items);
    // Headers (Name, Path, Links, UnitsAbbreviation) match recorded's too.
    const { Items: _values, ...header } = recorded.Items[0] as unknown as Record<string, unknown>;
    const { Items: _got, ...gotHeader } = (bodies[0]?.Items[0] ?? {}) as unknown as Record<string, unknown>;
    expect(gotHeader).toEqual(header);
  });

  it('streamsets/{webId}/channel carries the element attributes with data, as streamsets/{webId}/recorded has them', async () => {
    const first = async (path: string) => ((await mock.get(path)).json as { Items: Array<{ WebId: string }> }).Items[0]?.WebId ?? '';
    const server = await first('/assetservers');
    const db = await first(`/assetservers/${server}/assetdatabases`);
    const plant = await first(`/assetdatabases/${db}/elements`);
    const unit = await first(`/elements/${plant}/elements`);
    const channel = openTestChannel(mock.server.url, `/streamsets/${unit}/channel?searchFullHierarchy=true`);
    await channel.opened;
    await channel.waitForMessages(2);
    channel.close();
    const bodies = channel.messages.map((m) => m.body);
    const byStream = valuesByStream(bodies);
    expect(byStream.size).toBeGreaterThan(0);
    const values = bodies[0]?.Items[0]?.Items ?? [];
    const lastValues = bodies.at(-1)?.Items[0]?.Items ?? [];
    const span = `startTime=${String(values[0]?.Timestamp)}&endTime=${String(lastValues.at(-1)?.Timestamp)}`;
    const recorded = (await mock.get(`/streamsets/${unit}/recorded?searchFullHierarchy=true&${span}`)).json as StreamItems;
    const withData = recorded.Items.filter((s) => byStream.has(s.WebId));
    // Static attributes never change, so only they may be missing from the channel.
    expect(withData.length).toBe(byStream.size);
    for (const stream of withData) expect(byStream.get(stream.WebId)).toEqual(stream.Items);
  });
});
