/**
 * Parent side of listener-child.ts: forks it (the production bundle with plain node, or the
 * source through tsx; see listener-entry.ts), sends it a world's options and resolves once the
 * child serves them. One message in flight per id; the answer carries the listener URL.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { z } from 'zod';
import { defaultListenerEntry, type ListenerEntry } from './listener-entry';
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

/** Throws (before forking) when production lacks the bundle. */
export function forkListenerProcess(entry: ListenerEntry = defaultListenerEntry()): ListenerProcess {
  const child: ChildProcess = fork(entry.script, [], {
    // The node that runs this server; execArgv replaces the parent's flags (no loader for the bundle).
    execPath: process.execPath,
    execArgv: entry.execArgv,
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
