import type { Page } from '@playwright/test';
import { expect, test } from '../support/demo-fixtures.js';

// The demo is served with the strict CSP a careful shop sets (packages/collector/src/demo/demo-csp.ts):
// script-src 'self' (+ 'wasm-unsafe-eval' for the meshopt decoder), style-src 'self', no inline
// anything, no eval. The showroom must run whole under it, with not one violation reported. (Every
// demo spec runs under this policy, and Chromium logs each violation as a console error, which fails
// any test: so the scripted visit also proves every experience, used, stays within it.)

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  // Init scripts are injected by the browser's debugger protocol, so the CSP does not apply to them.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
}
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('the demo under a strict CSP', { tag: '@firefox' }, () => {
  test('the policy is in force: an inline style and an inline script on the page are refused and reported', async ({ page, shop, pageErrors }) => {
    await recordViolations(page);
    await page.goto(`${shop.url}/`);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(style, script);
    });
    await expect.poll(() => violations(page)).toHaveLength(2);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    // Chromium logs each refusal as a console error, Firefox as an error ("Content-Security-Policy:
    // The page's settings blocked..."): expected here, and only here.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((line) => !/Content[- ]Security[- ]Policy/.test(line)));
  });

  for (const [name, path, showrooms] of [
    ['product page', '/', 1],
    ['category page', '/category.html', 8],
  ] as const) {
    test(`the ${name} renders its showrooms with zero violations`, async ({ page, shop }) => {
      await recordViolations(page);
      await page.goto(`${shop.url}${path}`);
      const hosts = page.locator('vitrine-showroom');
      await expect(hosts).toHaveCount(showrooms);
      // Scroll each into view so every showroom loads its 3D view and draws.
      for (const host of await hosts.all()) {
        await host.scrollIntoViewIfNeeded();
        await expect(host.getByRole('img').or(host.locator('canvas')).first()).toBeVisible({ timeout: 30_000 });
      }
      await expect(page.locator('vitrine-showroom canvas')).toHaveCount(showrooms, { timeout: 30_000 });
      expect(await violations(page)).toEqual([]);
    });
  }
});
