import { expect, type Locator, type Page, type Response } from '@playwright/test';

export type ModeLabel = 'Sequential' | 'Batch' | 'Streamsets';
export type ProfileLabel = 'Loopback' | 'LAN' | 'WAN' | 'Intercontinental';

export interface RunChoices {
  /** As the tier tile reads: '1,040 tags'. */
  tier?: string;
  modes?: readonly ModeLabel[];
  profile?: ProfileLabel;
  /** Typed into the sequential budget input as is, so bad input can be sent. */
  budgetSeconds?: string;
}

/** The Run page as a presenter uses it: pick a tier and settings, press Run, watch the bars. */
export class RunPage {
  readonly status: Locator;
  readonly speedup: Locator;
  readonly runButton: Locator;
  readonly cancelButton: Locator;
  readonly budget: Locator;
  readonly resultChart: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('run-status');
    this.speedup = page.getByTestId('metric-speedup');
    this.runButton = page.getByRole('button', { name: 'Run', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel run' });
    this.budget = page.getByLabel('Sequential budget (s)');
    this.resultChart = page.getByTestId('chart-performance');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sequential vs batch, live' })).toBeVisible();
    // The server renders no tier checked; one is once the page has hydrated and read the mock's
    // status. A click before that would be lost to hydration.
    await expect(this.page.getByRole('radio', { name: /\d tags/, checked: true })).toHaveCount(1);
  }

  tier(label: string): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  mode(label: ModeLabel): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  profile(label: ProfileLabel): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${label} \\+\\d+ ms$`) });
  }

  /** The live bar of a mode; its value and maximum are tags. */
  progress(label: ModeLabel): Locator {
    return this.page.getByRole('progressbar', { name: `${label} extraction` });
  }

  async pickTier(label: string): Promise<void> {
    await this.tier(label).click();
    await expect(this.tier(label)).toBeChecked();
  }

  async choose(choices: RunChoices): Promise<void> {
    if (choices.tier) await this.pickTier(choices.tier);
    if (choices.profile) await this.profile(choices.profile).check();
    if (choices.modes) {
      for (const label of ['Batch', 'Streamsets', 'Sequential'] as const) await this.mode(label).setChecked(choices.modes.includes(label));
    }
    if (choices.budgetSeconds !== undefined) await this.budget.fill(choices.budgetSeconds);
  }

  /** Presses Run and returns the server's answer to the POST (202, or the 4xx the page shows). */
  async start(): Promise<Response> {
    const answer = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/runs' && r.request().method() === 'POST');
    await this.runButton.click();
    return answer;
  }

  async runWith(choices: RunChoices): Promise<Response> {
    await this.choose(choices);
    return this.start();
  }
}
