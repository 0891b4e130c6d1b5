/**
 * Production needs no dev dependency (issue 12): a copy of the working tree, without node_modules,
 * .next or data, is installed with `npm ci`, built with `npm run build` (the build itself needs the
 * dev tree: TypeScript, types, esbuild), pruned with `npm prune --omit=dev`, and started with
 * `npm start` on a spare port through PORT and HOSTNAME. A run on the embedded mock, whose listener
 * child is then forked from the bundle with plain node, must reach `finished`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';

const ROOT = path.resolve(__dirname, '..', '..');

/** Top-level entries a fresh clone lacks (.gitignore's, and .git): the copy installs and builds its own. */
const LEFT_OUT = new Set(['.git', 'node_modules', '.next', 'data', 'test-results', 'playwright-report', 'blob-report', 'bench-results', '.scratch', 'tsconfig.tsbuildinfo', 'next-env.d.ts']);

/** The environment every step runs in: no browser download, no telemetry, no inherited NODE_ENV or loader. */
function stepEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NEXT_TELEMETRY_DISABLED: '1', ...extra };
  // Unset, as on a fresh shell: NODE_ENV=production would make npm ci skip the dev tree the build needs
  // (Next's types declare NODE_ENV read-only, hence Reflect).
  Reflect.deleteProperty(env, 'NODE_ENV');
  Reflect.deleteProperty(env, 'NODE_OPTIONS');
  return env;
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  const child = spawn(command, args, { cwd, env: stepEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

function sparePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Stops `npm start` and everything under it (next, the mock's listener child): it leads its own process group. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  return exited;
}

/** Seconds since `startedMs`, for the step log: the README quotes how long the proof takes. */
function secondsSince(startedMs: number): string {
  return `${((Date.now() - startedMs) / 1000).toFixed(1)} s`;
}

test('a production install (dev dependencies pruned) serves the dashboard and finishes a run on the embedded mock', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pi-production-'));
  // Fields, not `let`s: they are set inside the steps' closures and read in the finally below.
  const started: { server: ChildProcess | null; log: string } = { server: null, log: '' };
  try {
    await test.step('copy the working tree without installs, builds or data', async () => {
      const startedMs = Date.now();
      cpSync(ROOT, dir, { recursive: true, filter: (source) => !LEFT_OUT.has(path.relative(ROOT, source).split(path.sep)[0] ?? '') });
      expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
      console.log(`[production] copied in ${secondsSince(startedMs)}`);
    });

    await test.step('npm ci, npm run build, npm prune --omit=dev', async () => {
      let startedMs = Date.now();
      await run('npm', ['ci', '--no-audit', '--no-fund'], dir);
      console.log(`[production] npm ci in ${secondsSince(startedMs)}`);
      startedMs = Date.now();
      await run('npm', ['run', 'build'], dir);
      console.log(`[production] npm run build in ${secondsSince(startedMs)}`);
      expect(existsSync(path.join(dir, '.next', 'pi-mock', 'listener-child.cjs'))).toBe(true);
      startedMs = Date.now();
      await run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], dir);
      console.log(`[production] npm prune --omit=dev in ${secondsSince(startedMs)}`);
      // @playwright/test stays: it is also next's optional peer (devOptional in the lockfile), never loaded by the server.
      for (const devOnly of ['tsx', 'esbuild', 'typescript', 'vitest', 'eslint']) {
        expect(existsSync(path.join(dir, 'node_modules', devOnly)), `${devOnly} is still installed`).toBe(false);
      }
    });

    const port = await sparePort();
    const baseURL = `http://127.0.0.1:${port}`;
    const api = await playwrightRequest.newContext({ baseURL });
    try {
      await test.step(`npm start with PORT=${port} HOSTNAME=127.0.0.1`, async () => {
        const startedMs = Date.now();
        const server = spawn('npm', ['start'], {
          cwd: dir,
          env: stepEnv({ PORT: String(port), HOSTNAME: '127.0.0.1', BRONZE_DB_FILE: path.join(dir, 'data', 'bronze.duckdb') }),
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        started.server = server;
        server.stdout.on('data', (chunk: Buffer) => (started.log += chunk.toString()));
        server.stderr.on('data', (chunk: Buffer) => (started.log += chunk.toString()));
        await expect
          .poll(async () => (await api.get('/api/tiers').catch(() => null))?.status() ?? 0, { timeout: 60_000, message: 'the production server answering' })
          .toBe(200);
        expect(started.log).toContain(baseURL);
        console.log(`[production] serving ${baseURL} after ${secondsSince(startedMs)}`);
      });

      await test.step('a run on the embedded mock follows its events to finished', async () => {
        const startedMs = Date.now();
        const accepted = await api.post('/api/runs', { data: { tier: 128, modes: ['batch', 'sequential'], includeAssets: true } });
        expect(accepted.status()).toBe(202);
        const { runId } = (await accepted.json()) as { runId: string };
        // The NDJSON stream ends with the run's terminal event, so the whole body is the run.
        const events = await api.get(`/api/runs/${runId}/events`, { timeout: 300_000 });
        expect(events.status()).toBe(200);
        const lines = (await events.text()).split('\n').filter((line) => line !== '');
        const parsed = lines.map((line) => JSON.parse(line) as { type: string; endpoint?: string; message?: string });
        // First, so a failure shows the run's own `failed` event and its message.
        expect(parsed.at(-1)).toMatchObject({ type: 'finished' });
        // Measured on the listener child (forked from the bundle), not through Next's /piwebapi route.
        expect(parsed.find((e) => e.type === 'started')?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);
        expect(parsed.find((e) => e.type === 'started')?.endpoint).not.toContain(`:${port}/`);
        expect(started.log).not.toContain('listener did not start');
        console.log(`[production] run ${runId} finished in ${secondsSince(startedMs)}`);
      });

      await test.step('the favicon and the icon are served', async () => {
        const favicon = await api.get('/favicon.ico');
        expect(favicon.status()).toBe(200);
        expect(favicon.headers()['content-type']).toBe('image/x-icon');
        const icon = await api.get('/icon.svg');
        expect(icon.status()).toBe(200);
        expect(icon.headers()['content-type']).toBe('image/svg+xml');
      });
    } finally {
      await api.dispose();
    }
  } catch (error) {
    if (started.log !== '') console.error(`[production] server output:\n${started.log.slice(-6000)}`);
    throw error;
  } finally {
    if (started.server) await stopGroup(started.server);
    rmSync(dir, { recursive: true, force: true });
  }
});
