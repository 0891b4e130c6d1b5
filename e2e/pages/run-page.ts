import { expect, type Locator, type Page, type Response } from '@playwright/test';

export type ModeLabel = 'Sequential' | 'Batch' | 'Streamsets';
export type ProfileLabel = 'Loopback' | 'LAN' | 'WAN' | 'Intercontinental';

export type FaultLabel = 'none' | '1% (503/429)' | '5% (503/429)' | '10% (503/429)' | '20% (503/429)';
export type RepeatLabel = 'once' | '2 times' | '3 times' | '4 times' | '5 times';

export interface RunChoices {
  /** As the tier tile reads: '1,040 tags'. */
  tier?: string;
  modes?: readonly ModeLabel[];
  profile?: ProfileLabel;
  /** Typed into the sequential budget input as is, so bad input can be sent. */
  budgetSeconds?: string;
  faults?: FaultLabel;
  partitions?: '1 (no split)' | '2' | '5' | '10' | '20';
  repeat?: RepeatLabel;
  /** Ask for gzip / selectedFields (both ticked by default). */
  gzip?: boolean;
  selectedFields?: boolean;
}

/** The Run page as a presenter uses it: pick a tier and settings, press Run, watch the bars. */
export class RunPage {
  readonly status: Locator;
  readonly speedup: Locator;
  readonly runButton: Locator;
  readonly cancelButton: Locator;
  readonly budget: Locator;
  readonly faults: Locator;
  readonly partitions: Locator;
  readonly repeat: Locator;
  /** The chart itself (it exists once a mode has finished). */
  readonly resultChart: Locator;
  /** Where the result chart stands from the start of a run (a placeholder until a mode finishes). */
  readonly resultArea: Locator;
  /** The headline block: the figure, or the words standing in for it. */
  readonly speedupArea: Locator;
  /** Stands where the projection will be, saying what it waits for. */
  readonly speedupPending: Locator;
  /** 'measured' or 'projected', beside the figure. */
  readonly speedupKind: Locator;
  readonly speedupSpread: Locator;
  /** The settings of the run on screen (not the form's). */
  readonly shownSettings: Locator;
  readonly fullScreen: Locator;
  readonly refused: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('run-status');
    this.speedup = page.getByTestId('metric-speedup');
    this.runButton = page.getByRole('button', { name: 'Run', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Cancel run' });
    this.budget = page.getByLabel('Sequential budget (s)');
    this.faults = page.getByLabel('Fault rate');
    this.partitions = page.getByLabel('Partitions');
    this.repeat = page.getByLabel('Repeat');
    this.resultChart = page.getByTestId('chart-performance');
    this.resultArea = page.getByTestId('run-result-chart');
    this.speedupArea = page.getByTestId('speedup-area');
    this.speedupPending = page.getByTestId('speedup-pending');
    this.speedupKind = page.getByTestId('speedup-kind');
    this.speedupSpread = page.getByTestId('speedup-spread');
    this.shownSettings = page.getByTestId('run-settings-shown');
    this.fullScreen = page.getByRole('button', { name: 'Full screen' });
    this.refused = page.getByRole('alert', { name: 'The run did not start' });
  }

  /** The speed-up on screen as a number: '12.3×' -> 12.3. */
  async speedupFactor(): Promise<number> {
    await expect(this.speedup).toHaveText(/^\d+(\.\d+)?×$/);
    return Number((await this.speedup.innerText()).replace('×', ''));
  }

  /** Back to the top of the page: what a presenter sees without scrolling. */
  async scrollToTop(): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => this.page.evaluate(() => window.scrollY)).toBe(0);
  }

  /** Asserts the element lies wholly inside the viewport at the current scroll (the top). */
  async expectInViewport(locator: Locator): Promise<void> {
    const viewport = this.page.viewportSize();
    if (!viewport) throw new Error('the page has no fixed viewport');
    await expect(locator).toBeVisible();
    await expect
      .poll(async () => {
        const box = await locator.boundingBox();
        return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
      }, { message: 'inside the viewport' })
      .toBe(true);
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
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
    // The tile says latency and bandwidth: "WAN +30 ms · 100 Mbit/s".
    return this.page.getByRole('radio', { name: new RegExp(`^${label} \\+\\d+ ms · `) });
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
    if (choices.faults) await this.faults.selectOption({ label: choices.faults });
    if (choices.partitions) await this.partitions.selectOption({ label: choices.partitions });
    if (choices.repeat) await this.repeat.selectOption({ label: choices.repeat });
    if (choices.gzip !== undefined) await this.page.getByRole('checkbox', { name: 'gzip', exact: true }).setChecked(choices.gzip);
    if (choices.selectedFields !== undefined) await this.page.getByRole('checkbox', { name: 'selectedFields', exact: true }).setChecked(choices.selectedFields);
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
