/**
 * `npm run test:production`: the production proof of issue 12 (e2e/production), apart from the
 * browser suite because it installs, builds and starts a copy of the repository (minutes, and the
 * npm registry). No browser and no webServer: the spec starts the server it tests.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/production',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // npm ci, next build and a run on a 2-core machine; a stalled step still ends the test.
  timeout: 15 * 60_000,
  reporter: 'list',
});
