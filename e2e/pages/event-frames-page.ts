import { expect, type Locator, type Page } from '@playwright/test';
import { assetSourceOrThrow } from '../support/bronze-sources';
import { SourcePicker } from './source-picker';

/** The event-frame page: counts, durations, the timeline and the table of frames with attribute values. */
export class EventFramesPage {
  readonly templatesChart: Locator;
  readonly durationsChart: Locator;
  readonly timelineChart: Locator;
  readonly table: Locator;
  readonly templateFilter: Locator;
  readonly frameCount: Locator;
  readonly endedCount: Locator;
  readonly inProgressCount: Locator;
  /** "Frames of the 7 days before …": the window the frames come from. */
  readonly searchWindow: Locator;
  readonly timelineElements: Locator;
  readonly source: SourcePicker;

  constructor(readonly page: Page) {
    this.templatesChart = page.getByTestId('chart-ef-templates');
    this.durationsChart = page.getByTestId('chart-ef-durations');
    this.timelineChart = page.getByTestId('chart-ef-timeline');
    this.table = page.getByRole('table', { name: 'Event frames' });
    this.templateFilter = page.getByRole('combobox', { name: 'Template', exact: true });
    this.frameCount = page.getByTestId('ef-frame-count');
    this.endedCount = page.getByTestId('ef-ended-count');
    this.inProgressCount = page.getByTestId('ef-in-progress-count');
    this.searchWindow = page.getByTestId('ef-search-window');
    this.timelineElements = page.getByTestId('ef-timeline-elements');
    this.source = new SourcePicker(page, 'AF server');
  }

  /** Without a server: the page's default, the AF database landed last. */
  async open(assetServer?: string): Promise<void> {
    const query = assetServer ? `?asset=${(await assetSourceOrThrow(this.page.request, assetServer)).key}` : '';
    await this.page.goto(`/event-frames${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Event frames, from bronze' })).toBeVisible();
  }

  /** Body rows of the table (the header row excluded). */
  rows(): Locator {
    return this.table.getByRole('rowgroup').nth(1).getByRole('row');
  }

  async filterBy(template: string): Promise<void> {
    await this.templateFilter.selectOption(template);
  }
}
