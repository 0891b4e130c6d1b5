/**
 * What a channel does besides carrying values: initial values, heartbeats, refusals (bad WebID,
 * bad parameter, missing credentials, limits) and the drop fault. A 1 h grid keeps grid values out
 * of the way so heartbeats and initial values are the only messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestChannel } from '../test-support/channel-client';
import { startMockFixture, type MockFixture } from '../test-support/mock-server-fixture';
import type { MockOptionsInput } from '../options';
import { CHANNEL_CLOSE } from './channel-close';

const started: MockFixture[] = [];

async function mockWith(options: MockOptionsInput): Promise<MockFixture> {
  const mock = await startMockFixture({ tagCount: 128, intervalSeconds: 3600, channelPollMs: 50, ...options });
  started.push(mock);
  return mock;
}

async function pointWebIds(mock: MockFixture, headers: Record<string, string> = {}): Promise<string[]> {
  const servers = (await mock.get('/dataservers', headers)).json as { Items: Array<{ WebId: string }> };
  const ds = servers.Items[0]?.WebId ?? '';
  const points = (await mock.get(`/dataservers/${ds}/points?maxCount=200&selectedFields=Items.WebId`, headers)).json as { Items: Array<{ WebId: string }> };
  return points.Items.map((p) => p.WebId);
}

let mock: MockFixture;
let webIds: string[];

beforeAll(async () => {
  mock = await mockWith({});
  webIds = await pointWebIds(mock);
});
afterAll(async () => {
  for (const m of started) await m.server.close();
});

describe('includeInitialValues', () => {
  it('sends every stream current value first, as streamsets/end answers it', async () => {
    const query = webIds.slice(0, 5).map((w) => `webId=${w}`).join('&');
    const channel = openTestChannel(mock.server.url, `/streamsets/channel?${query}&includeInitialValues=true`);
    await channel.waitForMessages(1);
    channel.close();
    const end = (await mock.get(`/streamsets/end?${query}`)).json;
    expect(channel.messages[0]?.body).toEqual(end);
  });

  it('sends nothing at open without it (the default is false)', async () => {
    const channel = openTestChannel(mock.server.url, `/streams/${webIds[0]}/channel?heartbeatRate=4`);
    await channel.waitForMessages(1);
    channel.close();
    expect(channel.messages[0]?.body).toEqual({ Links: {}, Items: [] });
  });
});

describe('heartbeatRate', () => {
  it('sends an empty message after every heartbeatRate polls without data', async () => {
    const rate = 3;
    const channel = openTestChannel(mock.server.url, `/streams/${webIds[1]}/channel?heartbeatRate=${rate}`);
    await channel.waitForMessages(4);
    channel.close();
    for (const m of channel.messages) expect(m.body).toEqual({ Links: {}, Items: [] });
    const times = channel.messages.map((m) => m.atMs);
    // Heartbeats are `rate` poll slots apart; one sent late in its slot (a loaded machine) can be
    // followed by one on time, so the bound is rate - 1 polls, and a free-running heartbeat fails it.
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThan((rate - 1) * 50);
  });

  it('sends none when heartbeatRate is absent, zero or negative', async () => {
    const channels = ['', '?heartbeatRate=0', '?heartbeatRate=-2'].map((q) => openTestChannel(mock.server.url, `/streams/${webIds[2]}/channel${q}`));
    const witness = openTestChannel(mock.server.url, `/streams/${webIds[2]}/channel?heartbeatRate=1`);
    // Ten heartbeats on the witness are ten polls the others spent silent.
    await witness.waitForMessages(10);
    for (const c of [...channels, witness]) c.close();
    for (const c of channels) expect(c.messages).toHaveLength(0);
  });
});

describe('refusals', () => {
  it.each([
    ['a malformed WebID', () => '/streams/not-a-webid/channel', CHANNEL_CLOSE.badRequest, /Unknown or invalid WebID format/],
    ['a bad heartbeatRate', () => `/streams/${webIds[0]}/channel?heartbeatRate=often`, CHANNEL_CLOSE.badRequest, /heartbeatRate/],
    ['a bad includeInitialValues', () => `/streams/${webIds[0]}/channel?includeInitialValues=yes`, CHANNEL_CLOSE.badRequest, /includeInitialValues/],
    ['an ad hoc set without webId', () => '/streamsets/channel', CHANNEL_CLOSE.badRequest, /webId/],
    ['a parent that is no element', () => `/streamsets/${webIds[0]}/channel`, CHANNEL_CLOSE.badRequest, /WebID/],
  ])('closes %s with its code and PI message', async (_name, path, code, reason) => {
    const channel = openTestChannel(mock.server.url, path());
    const closed = await channel.closed;
    expect(closed.code).toBe(code);
    expect(closed.reason).toMatch(reason);
  });

  it('closes a WebID of another tier (well-formed, not in this world) with 4404', async () => {
    const other = await mockWith({ tagCount: 1040 });
    const [foreign] = await pointWebIds(other);
    const channel = openTestChannel(mock.server.url, `/streams/${foreign}/channel`);
    const closed = await channel.closed;
    expect(closed).toEqual({ code: CHANNEL_CLOSE.notFound, reason: expect.stringMatching(/not found/) as unknown });
  });

  it('answers 404 to an upgrade of a path that is no channel', async () => {
    const channel = openTestChannel(mock.server.url, `/streams/${webIds[0]}/recorded`);
    await expect(channel.opened).rejects.toThrow('upgrade refused: 404');
  });

  it('refuses the upgrade with 401 without credentials when auth is on, and opens with them', async () => {
    const secured = await mockWith({ auth: { mode: 'basic', user: 'pi', password: 'secret' } });
    const authorization = `Basic ${Buffer.from('pi:secret').toString('base64')}`;
    const ids = await pointWebIds(secured, { authorization });
    const refused = openTestChannel(secured.server.url, `/streams/${ids[0]}/channel`);
    await expect(refused.opened).rejects.toThrow('upgrade refused: 401');
    const wrong = openTestChannel(secured.server.url, `/streams/${ids[0]}/channel`, { authorization: `Basic ${Buffer.from('pi:wrong').toString('base64')}` });
    await expect(wrong.opened).rejects.toThrow('upgrade refused: 401');
    const admitted = openTestChannel(secured.server.url, `/streams/${ids[0]}/channel?heartbeatRate=1`, { authorization });
    await admitted.waitForMessages(1);
    admitted.close();
  });
});

describe('limits', () => {
  it('closes a channel past channelMaxSockets with 1013 and serves the ones before', async () => {
    const small = await mockWith({ channelMaxSockets: 2 });
    const ids = await pointWebIds(small);
    const first = openTestChannel(small.server.url, `/streams/${ids[0]}/channel`);
    const second = openTestChannel(small.server.url, `/streams/${ids[1]}/channel`);
    await Promise.all([first.opened, second.opened]);
    await expect.poll(() => small.server.channelStats().sockets).toBe(2);
    const third = openTestChannel(small.server.url, `/streams/${ids[2]}/channel`);
    expect((await third.closed).code).toBe(CHANNEL_CLOSE.tryAgainLater);
    first.close();
    await first.closed;
    await expect.poll(() => small.server.channelStats().sockets).toBe(1);
    const fourth = openTestChannel(small.server.url, `/streams/${ids[3]}/channel?heartbeatRate=1`);
    await fourth.waitForMessages(1);
    second.close();
    fourth.close();
  });

  it('closes a channel naming more than channelMaxStreamsPerSocket streams with 4400', async () => {
    const small = await mockWith({ channelMaxStreamsPerSocket: 3 });
    const ids = await pointWebIds(small);
    const query = ids.slice(0, 4).map((w) => `webId=${w}`).join('&');
    const closed = await openTestChannel(small.server.url, `/streamsets/channel?${query}`).closed;
    expect(closed.code).toBe(CHANNEL_CLOSE.badRequest);
    expect(closed.reason).toMatch(/at most 3 streams; this one names 4/);
  });
});

describe('--channel-drop-rate', () => {
  it('cuts open sockets without a close frame (1006) at rate 1, and counts them', async () => {
    const dropping = await mockWith({ channelDropRate: 1 });
    const ids = await pointWebIds(dropping);
    const channels = ids.slice(0, 5).map((w) => openTestChannel(dropping.server.url, `/streams/${w}/channel`));
    const closes = await Promise.all(channels.map((c) => c.closed));
    expect(closes.map((c) => c.code)).toEqual([1006, 1006, 1006, 1006, 1006]);
    expect(dropping.server.channelStats().dropped).toBe(5);
  });
});
