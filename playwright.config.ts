/**
 * Playwright drives the built app in the system Chromium: this closed network has no browser
 * download, so the binary comes from PLAYWRIGHT_CHROMIUM_PATH (default Debian's /usr/bin/chromium).
 */
import { defineConfig, devices } from '@playwright/test';
import { CLEAR_BASE_URL, CLEAR_BRONZE_FILE, CLEAR_PORT } from './e2e/support/clear-server';
import { E2E_BRONZE_FILE } from './e2e/support/e2e-bronze';
import { REDIS_BRONZE_FILE, REDIS_DASHBOARD_PORT, REDIS_DASHBOARD_URL, REDIS_LAKE_DIR, REDIS_URL } from './e2e/support/redis-server-e2e';

const port = Number(process.env.E2E_PORT ?? 3000);
const baseURL = `http://127.0.0.1:${port}`;
const isCi = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  // The production proof installs, builds and starts a copy of its own: `npm run test:production`.
  testIgnore: 'production/**',
  forbidOnly: isCi,
  retries: isCi ? 1 : 0,
  // One worker: every spec shares the one embedded mock, and a tier switch is global state.
  workers: 1,
  fullyParallel: false,
  reporter: isCi ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Without the background-networking flags Chromium stalls on this closed network.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // Bronze is seeded between build and start: DuckDB lets one process write the file, and once
      // the server has opened it the connector CLI could not (e2e/support/seed-bronze.ts).
      command: `npm run build && npx tsx e2e/support/seed-bronze.ts && npx next start -H 127.0.0.1 -p ${port}`,
      env: { BRONZE_DB_FILE: E2E_BRONZE_FILE },
      url: `${baseURL}/api/tiers`,
      reuseExistingServer: !isCi,
      // A cold `next build` takes a couple of minutes on a 2-core machine.
      timeout: 300_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // Started after the first (its build) is up: the same build on a bronze file that
      // clear-bronze.spec.ts may empty (e2e/support/clear-server.ts).
      command: `npx next start -H 127.0.0.1 -p ${CLEAR_PORT}`,
      env: { BRONZE_DB_FILE: CLEAR_BRONZE_FILE },
      url: `${CLEAR_BASE_URL}/api/tiers`,
      reuseExistingServer: !isCi,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // The same build with REDIS_URL: its partitioned runs go through BullMQ (e2e/support/redis-server-e2e.ts).
      command: `npx next start -H 127.0.0.1 -p ${REDIS_DASHBOARD_PORT}`,
      env: { BRONZE_DB_FILE: REDIS_BRONZE_FILE, REDIS_URL, LAKE_DIR: REDIS_LAKE_DIR },
      url: `${REDIS_DASHBOARD_URL}/api/tiers`,
      reuseExistingServer: !isCi,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
