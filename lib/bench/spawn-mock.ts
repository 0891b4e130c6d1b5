/** Starts bench/child/mock-process.ts in its own Node process and waits for its ready line. */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { z } from 'zod';

const readyLine = z.object({ url: z.string(), readyMs: z.number(), rssBytes: z.number(), tagCount: z.number() });

export interface SpawnedMock {
  url: string;
  tagCount: number;
  /** Measured inside the child: world built and socket listening. */
  readyMs: number;
  /** From fork() to the ready line: includes Node and tsx start-up. */
  processReadyMs: number;
  idleRssBytes: number;
  child: ChildProcess;
  rss(): Promise<number>;
  stop(): Promise<void>;
}

const CHILD = path.join(__dirname, 'child', 'mock-process.ts');

export function spawnMock(tags: number, extraArgs: string[] = []): Promise<SpawnedMock> {
  const t0 = performance.now();
  const child = fork(CHILD, [String(tags), ...extraArgs], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`mock child exited early with code ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      const line = readyLine.parse(JSON.parse(buffer.slice(0, newline)));
      child.removeAllListeners('exit');
      resolve({
        url: line.url,
        tagCount: line.tagCount,
        readyMs: line.readyMs,
        processReadyMs: performance.now() - t0,
        idleRssBytes: line.rssBytes,
        child,
        rss: () =>
          new Promise((done) => {
            child.once('message', (m) => done(z.object({ rssBytes: z.number() }).parse(m).rssBytes));
            child.send('rss');
          }),
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
