import { test as base } from '@playwright/test';
import { HomePage } from './pages/home-page';

interface Fixtures {
  home: HomePage;
}

/** Puts the embedded mock back on the default tier after each test: specs share one server. */
export const test = base.extend<Fixtures>({
  home: async ({ page, request }, use) => {
    await use(new HomePage(page));
    const reset = await request.put('/api/mock', { data: { tier: 128 } });
    if (!reset.ok()) throw new Error(`resetting the mock tier failed: ${reset.status()}`);
  },
});

export { expect } from '@playwright/test';
