/**
 * The production path of the embedded listener: the bundle `npm run build` writes, forked with
 * plain node and no loader, serves the world it is sent (issue 12: `npm ci --omit=dev` has no tsx).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleListenerChild } from './bundle-listener-child';
import { forkListenerProcess, type ListenerProcess } from './listener-process';
import { mockOptions } from './options';
import { openTestChannel } from './test-support/channel-client';

let dir: string;
let listener: ListenerProcess | null = null;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'listener-bundle-'));
});
afterAll(async () => {
  await listener?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled listener child', () => {
  it('runs under plain node and serves the tier it is configured with', async () => {
    const script = path.join(dir, 'listener-child.cjs');
    await bundleListenerChild(script);
    listener = forkListenerProcess({ script, execArgv: [] });
    const url = await listener.configure(mockOptions.parse({ tagCount: 1040 }));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);
    const servers = (await (await fetch(`${url}/dataservers`)).json()) as { Items: Array<{ WebId: string }> };
    const webId = servers.Items[0]?.WebId ?? '';
    const points = await fetch(`${url}/dataservers/${webId}/points?maxCount=2000&selectedFields=Items.Name`);
    expect(points.status).toBe(200);
    expect(((await points.json()) as { Items: unknown[] }).Items).toHaveLength(1040);
  });

  it('serves channels on the same port (ws is bundled in)', async () => {
    if (listener === null) throw new Error('the first test starts the listener');
    const url = await listener.configure(mockOptions.parse({ tagCount: 128, intervalSeconds: 3600, channelPollMs: 50 }));
    const servers = (await (await fetch(`${url}/dataservers`)).json()) as { Items: Array<{ WebId: string }> };
    const points = (await (await fetch(`${url}/dataservers/${servers.Items[0]?.WebId ?? ''}/points?maxCount=1&selectedFields=Items.WebId`)).json()) as { Items: Array<{ WebId: string }> };
    const channel = openTestChannel(url, `/streams/${points.Items[0]?.WebId ?? ''}/channel?includeInitialValues=true&heartbeatRate=1`);
    await channel.waitForMessages(2);
    channel.close();
    expect(channel.messages[0]?.body.Items[0]?.Items).toHaveLength(1);
    expect(channel.messages[1]?.body).toEqual({ Links: {}, Items: [] });
  });
});
