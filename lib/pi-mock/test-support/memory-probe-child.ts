/**
 * A mock in a process of its own, for tests that measure its memory: world options as JSON in
 * argv[2]; sends {type:'ready', url} once listening and answers 'memory' with its RSS now (after a
 * full GC) and its peak RSS so far (getrusage). Exits when the parent goes away.
 */
import { startMockServer } from '../server';
import { MockWorld } from '../world';

async function main(): Promise<void> {
  const world = new MockWorld(JSON.parse(process.argv[2] ?? '{}') as object);
  const server = await startMockServer({ getWorld: () => world, port: 0 });
  process.on('message', (msg) => {
    if (msg !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    // maxRSS is in KiB.
    process.send?.({ type: 'memory', rssBytes: process.memoryUsage().rss, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
  process.send?.({ type: 'ready', url: server.url });
}

void main();
