import { expect, type Locator, type Page } from '@playwright/test';

/** The Live page: start a tail of N tags of a tier, watch its figures and chart, stop it. */
export class LivePage {
  readonly status: Locator;
  readonly valuesPerSecond: Locator;
  readonly valuesLanded: Locator;
  readonly lagP50: Locator;
  readonly chart: Locator;
  /** ISO time of the newest value drawn. */
  readonly chartNewest: Locator;
  readonly chartPoints: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('live-status');
    this.valuesPerSecond = page.getByTestId('live-values-per-second');
    this.valuesLanded = page.getByTestId('live-values-landed');
    this.lagP50 = page.getByTestId('live-lag-p50');
    this.chart = page.getByTestId('live-chart');
    this.chartNewest = page.getByTestId('live-chart-newest');
    this.chartPoints = page.getByTestId('live-chart-points');
  }

  async open(): Promise<void> {
    await this.page.goto('/live');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible();
  }

  async startTail(tierLabel: string, tags: string): Promise<void> {
    await this.page.getByLabel('Tier').selectOption({ label: tierLabel });
    await this.page.getByLabel('Tags to subscribe').fill(tags);
    await this.page.getByRole('button', { name: 'Start tail' }).click();
  }

  async stopTail(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stop tail' }).click();
  }
}
