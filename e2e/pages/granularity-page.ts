import { expect, type Locator, type Page } from '@playwright/test';
import { dataSourceOrThrow } from '../support/bronze-sources';
import { SourcePicker } from './source-picker';

/** The granularity page as the presenter uses it: pick a tag, read its values and the intervals. */
export class GranularityPage {
  readonly seriesChart: Locator;
  readonly intervalsChart: Locator;
  readonly tagInput: Locator;
  readonly options: Locator;
  readonly seriesHeading: Locator;
  readonly source: SourcePicker;

  constructor(readonly page: Page) {
    this.seriesChart = page.getByTestId('chart-granularity-series');
    this.intervalsChart = page.getByTestId('chart-granularity-intervals');
    this.tagInput = page.getByRole('combobox', { name: 'Tag' });
    this.options = page.getByRole('listbox', { name: 'Matching tags' }).getByRole('option');
    this.seriesHeading = page.getByRole('heading', { name: /^Raw values/ });
    this.source = new SourcePicker(page, 'PI server');
  }

  /** Without a server: the page's default, the PI server landed last. */
  async open(dataServer?: string): Promise<void> {
    const query = dataServer ? `?source=${(await dataSourceOrThrow(this.page.request, dataServer)).key}` : '';
    await this.page.goto(`/granularity${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Granularity, from bronze' })).toBeVisible();
  }

  /** Types into the picker as a person would (key by key, so the debounce is exercised). */
  async search(text: string): Promise<void> {
    await this.tagInput.click();
    await this.tagInput.pressSequentially(text);
  }

  /** Searches for the full name and picks it from the list with the keyboard. */
  async pickTag(name: string): Promise<void> {
    await this.search(name);
    await expect(this.options.first()).toHaveText(new RegExp(`^${name}`));
    await this.tagInput.press('Enter');
  }

  quality(flag: 'good' | 'questionable' | 'substituted' | 'states' | 'annotated' | 'total'): Locator {
    return this.page.getByTestId(`quality-${flag}`);
  }
}
