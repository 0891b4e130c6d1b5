/**
 * A mock in a process of its own for the channel memory test: world options as JSON in argv[2];
 * sends {type:'ready', url} once listening, and answers 'memory' with its heap after a full GC
 * (the parent forks it with --expose-gc) and its channel counters. Exits when the parent goes away.
 */
import { startMockServer } from '../server';
import { MockWorld } from '../world';

async function main(): Promise<void> {
  const world = new MockWorld(JSON.parse(process.argv[2] ?? '{}') as object);
  const server = await startMockServer({ getWorld: () => world, port: 0 });
  process.on('message', (msg) => {
    if (msg !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc === undefined) throw new Error('the channel memory probe needs --expose-gc');
    // Twice: the first pass can leave objects that only a second full collection frees.
    gc();
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    process.send?.({ type: 'memory', heapUsedBytes: heapUsed, rssBytes: rss, stats: server.channelStats() });
  });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
  process.send?.({ type: 'ready', url: server.url });
}

void main();
