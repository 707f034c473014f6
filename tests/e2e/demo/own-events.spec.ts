import type { Page } from '@playwright/test';
import { expect, test } from '../support/demo-fixtures.js';
import { trackErrors } from '../support/track-errors.js';

// The product page's "what arrived at the collector" table lists this browser's events only: the
// page asks /demo/events for its own tracker's anonymousId, and the collector answers no other.

/** Adds `quantity` chairs to the basket (the shop tracks Product Added with it). */
async function addToBasket(page: Page, quantity: string): Promise<void> {
  await page.getByLabel('Quantity').selectOption(quantity);
  await page.getByRole('button', { name: 'Add to basket' }).click();
}

/** The body of the page's next /demo/events answer, to a request sent after this call. */
async function nextAnswer(page: Page): Promise<string> {
  const request = await page.waitForRequest((req) => req.url().includes('/demo/events?'), { timeout: 10_000 });
  const response = await request.response();
  expect(response?.status()).toBe(200);
  return (await response?.text()) ?? '';
}

test("two shoppers' product pages each list only their own events", async ({ page, browser, shop }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherErrors = trackErrors(otherPage);
  try {
    await Promise.all([page.goto(`${shop.url}/`), otherPage.goto(`${shop.url}/`)]);
    await addToBasket(page, '2');
    await addToBasket(otherPage, '3');
    await Promise.all([page, otherPage].map((p) => p.evaluate(() => (window as unknown as { vitrine: { flush(): Promise<void> } }).vitrine.flush())));
    await expect.poll(() => shop.rows('Product Added').length, { timeout: 15_000 }).toBe(2);

    await expect(page.locator('#events')).toContainText('"quantity":2', { timeout: 10_000 });
    await expect(otherPage.locator('#events')).toContainText('"quantity":3', { timeout: 10_000 });
    // Both events are stored: an answer now would hold the other's if it leaked.
    const [answer, otherAnswer] = await Promise.all([nextAnswer(page), nextAnswer(otherPage)]);
    expect(answer).toContain('"quantity":2');
    expect(answer).not.toContain('"quantity":3');
    expect(otherAnswer).toContain('"quantity":3');
    expect(otherAnswer).not.toContain('"quantity":2');
    await expect(page.locator('#events')).not.toContainText('"quantity":3');

    const [mine, theirs] = await Promise.all([page, otherPage].map((p) => p.evaluate(() => (window as unknown as { vitrine: { user(): { anonymousId: string } } }).vitrine.user().anonymousId)));
    expect(mine).not.toBe(theirs);
    await expect(page.locator('#totals')).toContainText('the collector acknowledged');
    expect(otherErrors).toEqual([]);
  } finally {
    await other.close();
  }
});
