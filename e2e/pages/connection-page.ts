import { expect, type Locator, type Page } from '@playwright/test';

/** The Connection page as a presenter uses it: save an external server, pick a source, test it. */
export class ConnectionPage {
  readonly urlInput: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;
  readonly notSaved: Locator;
  readonly testResult: Locator;

  constructor(readonly page: Page) {
    this.urlInput = page.getByLabel('PI Web API URL');
    this.saveButton = page.getByRole('button', { name: 'Save connection' });
    this.saved = page.getByRole('status').filter({ hasText: 'Saved on the server' });
    this.notSaved = page.getByRole('alert', { name: 'The connection was not saved' });
    this.testResult = page.getByTestId('connection-result');
  }

  async open(): Promise<void> {
    await this.page.goto('/connection');
    await expect(this.urlInput).toBeVisible();
  }

  /** Saves a URL with no authentication, as typed. */
  async saveUrl(url: string): Promise<void> {
    await this.urlInput.fill(url);
    await this.saveButton.click();
  }

  async testAgainst(source: 'Embedded mock (default)' | 'External PI Web API'): Promise<void> {
    await this.page.getByRole('radio', { name: source }).check();
    await this.page.getByRole('button', { name: 'Test connection' }).click();
  }

  async forget(): Promise<void> {
    await this.page.getByRole('button', { name: 'Forget saved connection' }).click();
    await expect(this.page.getByRole('button', { name: 'Forget saved connection' })).toHaveCount(0);
  }
}
