/** public/ (issue 12): the favicon every browser asks for and the app's icon, linked from every page. */
import { expect, test } from '@playwright/test';

for (const [path, contentType] of [
  ['/favicon.ico', 'image/x-icon'],
  ['/icon.svg', 'image/svg+xml'],
  ['/apple-icon.png', 'image/png'],
] as const) {
  test(`${path} is served as ${contentType}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(contentType);
  });
}

test('every page links the icons in its head', async ({ request }) => {
  for (const path of ['/', '/history', '/connection']) {
    const html = await (await request.get(path)).text();
    expect(html).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>');
    expect(html).toContain('<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48"/>');
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-icon.png" sizes="180x180" type="image/png"/>');
  }
});
