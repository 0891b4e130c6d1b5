/**
 * Issue 16's Done-when: the mock keeps its memory flat with 1,000 streams subscribed for a minute.
 * The mock runs in a child with --expose-gc (vitest's own process has no gc()); its heap after a
 * full GC is read once the channels are warm and again a minute after they opened. A value a
 * second per stream means ~55,000 values rendered and sent between the two reads: retaining even
 * 100 bytes of each would grow the heap by 5.5 MB, past the bound.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestChannel, type TestChannel } from '../test-support/channel-client';

const STREAMS = 1000;
const PER_SOCKET = 100;
const WARM_MS = 5_000;
const SUBSCRIBED_MS = 60_000;
const MAX_GROWTH_BYTES = 4 * 1024 * 1024;

const probeReply = z.object({
  type: z.literal('memory'),
  heapUsedBytes: z.number(),
  rssBytes: z.number(),
  stats: z.object({ sockets: z.int(), streams: z.int(), messagesSent: z.int(), valuesSent: z.int() }).loose(),
});
type ProbeReply = z.infer<typeof probeReply>;

let child: ChildProcess | null = null;
afterAll(() => {
  if (child?.pid !== undefined) process.kill(child.pid);
});

function startProbe(): Promise<{ proc: ChildProcess; url: string }> {
  const options = { tagCount: 1040, intervalSeconds: 1, channelPollMs: 250, seed: 1 };
  const proc = fork(path.join(__dirname, '..', 'test-support', 'channel-memory-probe-child.ts'), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
  });
  return new Promise((resolve, reject) => {
    proc.once('error', reject);
    proc.on('message', (m) => {
      const ready = z.object({ type: z.literal('ready'), url: z.string() }).safeParse(m);
      if (ready.success) resolve({ proc, url: ready.data.url });
    });
  });
}

function memoryOf(proc: ChildProcess): Promise<ProbeReply> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      const reply = probeReply.safeParse(m);
      if (!reply.success) return;
      proc.off('message', onMessage);
      resolve(reply.data);
    };
    proc.on('message', onMessage);
    proc.send('memory');
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('channel memory', () => {
  it(
    'stays flat with 1,000 streams subscribed for a minute',
    async () => {
      const probe = await startProbe();
      child = probe.proc;
      const servers = (await (await fetch(`${probe.url}/dataservers`)).json()) as { Items: Array<{ WebId: string }> };
      const ds = servers.Items[0]?.WebId ?? '';
      const points = (await (await fetch(`${probe.url}/dataservers/${ds}/points?maxCount=${STREAMS}&selectedFields=Items.WebId`)).json()) as { Items: Array<{ WebId: string }> };
      const ids = points.Items.map((p) => p.WebId);
      expect(ids).toHaveLength(STREAMS);
      const channels: TestChannel[] = [];
      for (let i = 0; i < STREAMS; i += PER_SOCKET) {
        channels.push(openTestChannel(probe.url, `/streamsets/channel?${ids.slice(i, i + PER_SOCKET).map((w) => `webId=${w}`).join('&')}`));
      }
      await Promise.all(channels.map((c) => c.opened));
      const openedAt = Date.now();
      await sleep(WARM_MS);
      const warm = await memoryOf(probe.proc);
      await sleep(SUBSCRIBED_MS - (Date.now() - openedAt));
      const after = await memoryOf(probe.proc);
      for (const c of channels) c.close();

      const growth = after.heapUsedBytes - warm.heapUsedBytes;
      const valuesBetween = after.stats.valuesSent - warm.stats.valuesSent;
      const received = channels.reduce((n, c) => n + c.messages.reduce((m, msg) => m + msg.body.Items.reduce((k, s) => k + s.Items.length, 0), 0), 0);
      console.log(
        `[channel-memory] ${after.stats.streams} streams on ${after.stats.sockets} sockets: heap ${(warm.heapUsedBytes / 2 ** 20).toFixed(1)} -> ` +
          `${(after.heapUsedBytes / 2 ** 20).toFixed(1)} MiB (growth ${(growth / 2 ** 20).toFixed(2)} MiB) while sending ${valuesBetween} values; ` +
          `RSS ${(after.rssBytes / 2 ** 20).toFixed(0)} MiB; client received ${received} values`,
      );
      expect(after.stats.streams).toBe(STREAMS);
      // A value a second per stream over the ~55 s between the reads (loose: a noisy machine stalls).
      expect(valuesBetween).toBeGreaterThan(STREAMS * 40);
      expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
    },
    90_000,
  );
});
