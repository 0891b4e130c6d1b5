import { test as base, type APIRequestContext } from '@playwright/test';
import { HomePage } from './pages/home-page';

interface Fixtures {
  home: HomePage;
}

async function resetTier(request: APIRequestContext): Promise<void> {
  const response = await request.put('/api/mock', { data: { tier: 128 } });
  if (!response.ok()) throw new Error(`resetting the mock tier failed: ${response.status()}`);
}

/** Specs share one server and so one embedded mock: each starts and ends on the default tier. */
export const test = base.extend<Fixtures>({
  home: async ({ page, request }, use) => {
    await resetTier(request);
    await use(new HomePage(page));
    await resetTier(request);
  },
});

export { expect } from '@playwright/test';
