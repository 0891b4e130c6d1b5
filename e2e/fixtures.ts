import { test as base, type APIRequestContext } from '@playwright/test';
import { AfPage } from './pages/af-page';
import { EventFramesPage } from './pages/event-frames-page';
import { GranularityPage } from './pages/granularity-page';
import { HomePage } from './pages/home-page';
import { LivePage } from './pages/live-page';
import { PerformancePage } from './pages/performance-page';
import { RunPage } from './pages/run-page';
import { stopRunningRuns } from './support/runs';
import { RunsApi } from './support/runs-api';

interface Fixtures {
  home: HomePage;
  granularity: GranularityPage;
  afPage: AfPage;
  eventFrames: EventFramesPage;
  runPage: RunPage;
  performance: PerformancePage;
  runsApi: RunsApi;
  livePage: LivePage;
}

async function resetTier(request: APIRequestContext): Promise<void> {
  // The mock refuses a tier switch (409) while a run reads it: end any run a spec left going first.
  await stopRunningRuns(request);
  const response = await request.put('/api/mock', { data: { tier: 128 } });
  if (!response.ok()) throw new Error(`resetting the mock tier failed: ${response.status()}`);
}

async function stopLiveTail(request: APIRequestContext): Promise<void> {
  const current = (await (await request.get('/api/live')).json()) as { sessionId: string | null };
  if (current.sessionId) await request.delete(`/api/live/${current.sessionId}`);
}

/** Specs share one server and so one embedded mock: each starts and ends on the default tier. */
export const test = base.extend<Fixtures>({
  home: async ({ page, request }, use) => {
    await resetTier(request);
    await use(new HomePage(page));
    await resetTier(request);
  },
  // The "from bronze" pages only read bronze: no mock state to reset around them.
  granularity: async ({ page }, use) => use(new GranularityPage(page)),
  afPage: async ({ page }, use) => use(new AfPage(page)),
  eventFrames: async ({ page }, use) => use(new EventFramesPage(page)),
  // Runs are global state: each run spec starts and ends with no run going and the default tier.
  runPage: async ({ page, request }, use) => {
    await resetTier(request);
    await use(new RunPage(page));
    await resetTier(request);
  },
  performance: async ({ page }, use) => use(new PerformancePage(page)),
  // Runs through the API switch the mock's tier as the Run page does: reset it around them too.
  // A live tail is global state too: none is left going after a spec, whatever it did.
  livePage: async ({ page, request }, use) => {
    await use(new LivePage(page));
    await stopLiveTail(request);
  },
  runsApi: async ({ request }, use) => {
    await resetTier(request);
    await use(new RunsApi(request));
    await resetTier(request);
  },
});

export { expect } from '@playwright/test';
