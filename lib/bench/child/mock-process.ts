/**
 * A mock in its own process, for the benchmark: builds the world, listens on 127.0.0.1:0 and
 * prints one JSON line {url, readyMs, rssBytes}. Runs until killed. `--touch` also builds the AF
 * model and event frames before measuring memory, so RSS covers the whole world.
 * `--latency-ms=L` and `--bandwidth-bps=B` give it a network profile (the wire benchmark's WAN).
 */
import { performance } from 'node:perf_hooks';
import { startMockServer, MockWorld } from '../../pi-mock';

async function main(): Promise<void> {
  const tags = Number(process.argv[2] ?? '128');
  const touch = process.argv.includes('--touch');
  const t0 = performance.now();
  const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const world = new MockWorld({
    tagCount: tags,
    seed: 1,
    latencyMs: Number(flag('latency-ms') ?? '0'),
    bandwidthBitsPerSecond: Number(flag('bandwidth-bps') ?? '0'),
  });
  const server = await startMockServer({ getWorld: () => world, port: 0 });
  const readyMs = performance.now() - t0;
  if (touch) {
    world.catalogue.tag(world.catalogue.count - 1);
    // Counting builds them: the AF model's grid and the event-frame table are lazy.
    world.af.counts();
    void world.eventFrames.count;
  }
  (globalThis as { gc?: () => void }).gc?.();
  const rssBytes = process.memoryUsage().rss;
  console.log(JSON.stringify({ url: server.url, readyMs, rssBytes, tagCount: world.catalogue.count }));
  process.on('message', (msg) => {
    if (msg === 'rss') process.send?.({ rssBytes: process.memoryUsage().rss });
  });
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

void main();
