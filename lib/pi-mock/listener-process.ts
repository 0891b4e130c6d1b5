/**
 * Parent side of listener-child.ts: forks it with tsx, sends it a world's options and resolves
 * once the child serves them. One message in flight per id; the answer carries the listener URL.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import type { MockOptions } from './options';

const answer = z.discriminatedUnion('type', [
  z.object({ type: z.literal('configured'), id: z.int(), url: z.string() }),
  z.object({ type: z.literal('error'), id: z.int(), message: z.string() }),
]);

export interface ListenerProcess {
  /** Serves `options` from now on; resolves with the listener URL once the child has switched. */
  configure(options: MockOptions): Promise<string>;
  close(): Promise<void>;
}

/**
 * The child runs the TypeScript sources through tsx, resolved from the project root (the server's
 * cwd). Joined at run time on purpose: Turbopack traces `path.join(cwd, ...)` as a module to
 * bundle and fails the build on a .ts file it should not bundle.
 */
const CHILD_ENTRY = [process.cwd(), 'lib/pi-mock/listener-child.ts'].join(path.sep);

export function forkListenerProcess(): ListenerProcess {
  const child: ChildProcess = fork(CHILD_ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const waiting = new Map<number, { resolve: (url: string) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited = false;
  child.on('message', (raw) => {
    const msg = answer.safeParse(raw);
    if (!msg.success) return;
    const waiter = waiting.get(msg.data.id);
    waiting.delete(msg.data.id);
    if (msg.data.type === 'configured') waiter?.resolve(msg.data.url);
    else waiter?.reject(new Error(`mock listener could not switch worlds: ${msg.data.message}`));
  });
  child.on('exit', (code) => {
    exited = true;
    for (const w of waiting.values()) w.reject(new Error(`mock listener process exited with code ${code}`));
    waiting.clear();
  });
  child.on('error', (error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  });
  return {
    configure(options) {
      if (exited) return Promise.reject(new Error('mock listener process has exited'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ type: 'configure', id, options });
      });
    },
    close() {
      if (exited) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
