import { expect, type Locator, type Page } from '@playwright/test';

/** The tier picker and the embedded mock's live status, as the presenter uses them. */
export class HomePage {
  readonly tagCount: Locator;
  readonly grid: Locator;
  readonly startupMs: Locator;
  readonly internalUrl: Locator;

  constructor(readonly page: Page) {
    this.tagCount = page.getByTestId('mock-tag-count');
    this.grid = page.getByTestId('mock-grid');
    this.startupMs = page.getByTestId('mock-startup-ms');
    this.internalUrl = page.getByTestId('mock-internal-url');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** The radio of a tier, by the label the presenter reads: `'1,040 tags'`. */
  tier(label: string): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  async pickTier(label: string): Promise<void> {
    // click, not check(): a switch the server rejects leaves the radio unchecked, which check() would treat as a failure.
    await this.tier(label).click();
  }
}
