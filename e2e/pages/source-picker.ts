import type { Locator, Page } from '@playwright/test';

/** The picker on top of each data page: which PI server (or AF server) the page shows. */
export class SourcePicker {
  /** Shown when bronze holds more than one source of the page's kind. */
  readonly select: Locator;
  /** Shown instead of the select when bronze holds exactly one. */
  readonly onlySource: Locator;

  constructor(page: Page, label: 'PI server' | 'AF server') {
    this.select = page.getByRole('combobox', { name: label });
    this.onlySource = page.getByTestId('source-name');
  }

  /** The option of a server, by the name its text starts with: `PISRV-T1040`, `AFSRV-T128`. */
  option(serverName: string): Locator {
    return this.select.getByRole('option', { name: new RegExp(`^${serverName}[\\\\ ]`) });
  }

  async choose(serverName: string): Promise<void> {
    const value = await this.option(serverName).getAttribute('value');
    if (value === null) throw new Error(`the ${serverName} option has no value`);
    await this.select.selectOption(value);
  }
}
