import { expect, type Locator, type Page } from '@playwright/test';
import { assetSourceOrThrow } from '../support/bronze-sources';
import { SourcePicker } from './source-picker';

/** The AF hierarchy page: two distributions and a tree opened one level at a time. */
export class AfPage {
  readonly levelsChart: Locator;
  readonly templatesChart: Locator;
  readonly treeChart: Locator;
  readonly tree: Locator;
  readonly elementCount: Locator;
  readonly source: SourcePicker;

  constructor(readonly page: Page) {
    this.levelsChart = page.getByTestId('chart-af-levels');
    this.templatesChart = page.getByTestId('chart-af-templates');
    this.treeChart = page.getByTestId('chart-af-tree');
    this.tree = page.getByRole('tree', { name: 'AF hierarchy' });
    this.elementCount = page.getByTestId('af-element-count');
    this.source = new SourcePicker(page, 'AF server');
  }

  /** Without a server: the page's default, the AF database landed last. */
  async open(assetServer?: string): Promise<void> {
    const query = assetServer ? `?asset=${(await assetSourceOrThrow(this.page.request, assetServer)).key}` : '';
    await this.page.goto(`/af${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'AF hierarchy, from bronze' })).toBeVisible();
  }

  /** Tree items at one depth: 1 for plants, 2 for units, 3 for equipment. */
  itemsAtLevel(level: number): Locator {
    return this.tree.getByRole('treeitem', { level });
  }
}
