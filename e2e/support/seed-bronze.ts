/**
 * Fills the e2e bronze file with a day of the default 128-tag mock (values, AF hierarchy, event
 * frames) through the real connector CLI. playwright.config.ts runs it in the webServer command,
 * after the build and before `next start`: DuckDB lets one process write a file, so the CLI must
 * be done before the dashboard can open it. The file is recreated, so every run sees the same data.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startMockServer } from '../../lib/pi-mock/server';
import { MockWorld } from '../../lib/pi-mock/world';
import { E2E_BRONZE_FILE } from './e2e-bronze';

/** A day: enough event frames (some ended, some in progress) for every chart; ~185k values. */
const WINDOW = ['--start', '*-1d', '--end', '*'];

function runExtract(url: string, file: string): Promise<number> {
  const args = ['--import', 'tsx', 'lib/connector/cli/extract.ts', '--url', url, '--mode', 'batch', ...WINDOW];
  const child = spawn(process.execPath, [...args, '--db', file, '--af', '--event-frames', '--no-progress'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const file = process.env.BRONZE_DB_FILE || E2E_BRONZE_FILE;
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const world = new MockWorld();
  const mock = await startMockServer({ getWorld: () => world, port: 0 });
  try {
    const code = await runExtract(mock.url, file);
    if (code !== 0) console.error(`[e2e] seeding ${file} failed: extract exited with ${code}`);
    else console.error(`[e2e] seeded ${file} from ${mock.url}`);
    return code;
  } finally {
    await mock.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[e2e] seeding bronze failed:', error);
    process.exit(1);
  },
);
