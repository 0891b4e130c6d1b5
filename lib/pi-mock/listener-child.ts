/**
 * The embedded mock's node:http listener, in a process of its own: the dashboard's Next server
 * then spends its one JavaScript thread on the connector and bronze while the mock renders on the
 * other core, as against a real PI server. The parent (embedded.ts) sends the world's options over
 * IPC and waits for each answer before a run starts; the child exits when the parent goes away.
 */
import { z } from 'zod';
import { mockOptions } from './options';
import { startMockServer, type RunningMockServer } from './server';
import { MockWorld } from './world';

const configureMessage = z.object({ type: z.literal('configure'), id: z.int(), options: z.unknown() });

const current: { world: MockWorld | null; server: RunningMockServer | null } = { world: null, server: null };

function currentWorld(): MockWorld {
  if (!current.world) throw new Error('the mock listener has no world yet');
  return current.world;
}

async function configure(id: number, options: unknown): Promise<void> {
  try {
    current.world = new MockWorld(mockOptions.parse(options));
    current.server ??= await startMockServer({ getWorld: currentWorld, host: '127.0.0.1', port: 0 });
    const { server } = current;
    process.send?.({ type: 'configured', id, url: server.url });
  } catch (error) {
    process.send?.({ type: 'error', id, message: String(error) });
  }
}

process.on('message', (raw) => {
  const msg = configureMessage.safeParse(raw);
  if (msg.success) void configure(msg.data.id, msg.data.options);
});
process.on('disconnect', () => process.exit(0));
