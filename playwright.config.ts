/**
 * Playwright drives the built app in the system Chromium: this closed network has no browser
 * download, so the binary comes from PLAYWRIGHT_CHROMIUM_PATH (default Debian's /usr/bin/chromium).
 */
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3000);
const baseURL = `http://127.0.0.1:${port}`;
const isCi = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
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
  webServer: {
    command: `npm run build && npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/tiers`,
    reuseExistingServer: !isCi,
    // A cold `next build` takes a couple of minutes on a 2-core machine.
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
