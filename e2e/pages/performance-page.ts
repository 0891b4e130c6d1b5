import { expect, type Locator, type Page } from '@playwright/test';

/** The Performance page: one run's measured figures and projections. */
export class PerformancePage {
  readonly timeChart: Locator;
  readonly requestsChart: Locator;
  readonly projectionChart: Locator;
  readonly partitionsChart: Locator;
  /** Stands where the partitions chart would be while no run measured more than one share. */
  readonly partitionsNone: Locator;
  readonly speedup: Locator;
  readonly runPicker: Locator;

  constructor(readonly page: Page) {
    this.timeChart = page.getByTestId('chart-performance');
    this.requestsChart = page.getByTestId('chart-requests');
    this.projectionChart = page.getByTestId('chart-projection');
    this.partitionsChart = page.getByTestId('chart-partitions');
    this.partitionsNone = page.getByTestId('partitions-none');
    this.speedup = page.getByTestId('metric-speedup');
    this.runPicker = page.getByLabel('Run shown');
  }

  /** The charts every finished run draws (the partitions chart needs runs of more than one share). */
  get charts(): Locator[] {
    return [this.timeChart, this.requestsChart, this.projectionChart];
  }

  async open(runId?: string): Promise<void> {
    await this.page.goto(runId ? `/performance?run=${encodeURIComponent(runId)}` : '/performance');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Performance' })).toBeVisible();
  }
}
