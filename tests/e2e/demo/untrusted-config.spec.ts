import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/demo-fixtures.js';

// The config is the marketer's, so untrusted: here the demo's product page gets a hostile one
// (served in place of /v1/configs/aster-chair) and must stay a working shop page.
const config = JSON.parse(readFileSync(new URL('../../../demo/configs/aster-chair.json', import.meta.url), 'utf8')) as {
  product: { name: string };
  experiences: Array<Record<string, unknown> & { pages?: Array<Record<string, unknown>> }>;
};
const MARKUP = '<img src=x onerror="window.pwned=1">';

async function serveConfig(page: Page, body: unknown): Promise<string[]> {
  await page.route('**/v1/configs/aster-chair', (route) => route.fulfill({ json: body }));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  return requested;
}

test.describe('an untrusted config on the product page', () => {
  test('an invalid one shows a small inert box, logs one error naming the path, and the shop keeps working', async ({ page, shop, pageErrors }) => {
    const bad = structuredClone(config);
    bad.product.name = `Aster ${MARKUP}`;
    bad.experiences[0]!['model'] = 'javascript:alert(1)';
    bad.experiences[1]!.pages![0]!['media'] = '//evil.example/x.png';
    const requested = await serveConfig(page, bad);
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));

    await page.goto(`${shop.url}/`);
    const host = page.locator('vitrine-showroom');
    await expect(host.getByText('This showroom is unavailable.')).toBeVisible();
    await expect.poll(() => consoleErrors.length).toBe(1);
    expect(consoleErrors[0]).toContain('experiences[0].model');
    expect(consoleErrors[0]).toContain('experiences[1].pages[0].media');
    // Inert: nothing of the config was shown, loaded or run.
    await expect(host.locator('canvas, img, button')).toHaveCount(0);
    expect(requested.filter((url) => /evil\.example|javascript:|aster-chair\.glb/.test(url))).toEqual([]);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    // The host page is untouched and still works.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aster lounge chair');
    await page.getByRole('button', { name: 'Add to basket' }).click();
    await expect(page.locator('#basket-count')).toHaveText('1');
    // That one error was the point of this test; any other fails it.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((line) => !line.includes('experiences[0].model')));
  });

  test('markup in a valid config is shown as text and never runs', async ({ page, shop }) => {
    const hostile = structuredClone(config);
    hostile.product.name = `Aster ${MARKUP}`;
    hostile.experiences[1]!.pages![0]!['title'] = `Made by hand ${MARKUP}`;
    await serveConfig(page, hostile);
    await page.goto(`${shop.url}/`);
    const host = page.locator('vitrine-showroom');
    await expect(host.getByText(`Aster ${MARKUP}`).first()).toBeVisible();
    await expect(host.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });
});
