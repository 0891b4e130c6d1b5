/** Starts bench/child/mock-process.ts in its own Node process and waits for its ready line. */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { z } from 'zod';

const readyLine = z.object({ url: z.string(), readyMs: z.number(), rssBytes: z.number(), tagCount: z.number() });

export interface SpawnedMock {
  url: string;
  tagCount: number;
  /** Measured inside the child: world built and socket listening. */
  readyMs: number;
  /** From fork() to the ready line: includes Node's own start-up. */
  processReadyMs: number;
  idleRssBytes: number;
  child: ChildProcess;
  rss(): Promise<number>;
  stop(): Promise<void>;
}

const CHILD_SOURCE = path.join(__dirname, 'child', 'mock-process.ts');
let bundled: string | null = null;

/**
 * The child is bundled to plain JavaScript once per benchmark run and started with plain `node`:
 * the figures are the mock's, as a deployed server runs it, not those of a TypeScript loader
 * (tsx adds ~45 MiB of RSS and ~0.6 s of start-up to every process it runs).
 */
function childScript(): string {
  if (bundled) return bundled;
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'pi-bench-')), 'mock-process.cjs');
  buildSync({ entryPoints: [CHILD_SOURCE], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  bundled = out;
  return out;
}

export function spawnMock(tags: number, extraArgs: string[] = []): Promise<SpawnedMock> {
  const script = childScript();
  const t0 = performance.now();
  const child = fork(script, [String(tags), ...extraArgs], {
    execArgv: ['--expose-gc', ...(process.env.MOCK_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.MOCK_PROF] : [])],
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
