import { expect, type Locator, type Page } from '@playwright/test';

/** The AF hierarchy page: two distributions and a tree opened one level at a time. */
export class AfPage {
  readonly levelsChart: Locator;
  readonly templatesChart: Locator;
  readonly treeChart: Locator;
  readonly tree: Locator;

  constructor(readonly page: Page) {
    this.levelsChart = page.getByTestId('chart-af-levels');
    this.templatesChart = page.getByTestId('chart-af-templates');
    this.treeChart = page.getByTestId('chart-af-tree');
    this.tree = page.getByRole('tree', { name: 'AF hierarchy' });
  }

  async open(): Promise<void> {
    await this.page.goto('/af');
    await expect(this.page.getByRole('heading', { level: 1, name: 'AF hierarchy, from bronze' })).toBeVisible();
  }

  /** Tree items at one depth: 1 for plants, 2 for units, 3 for equipment. */
  itemsAtLevel(level: number): Locator {
    return this.tree.getByRole('treeitem', { level });
  }
}
