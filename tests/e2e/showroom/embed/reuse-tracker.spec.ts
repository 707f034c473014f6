import { expect, test } from '../../support/fixtures.js';

// PRODUCT.md §1: the showroom build contains the tracker and reuses a `window.vitrine` already on
// the page, so a shop with the tracker gets one queue, one visitor id and one session.
test('the showroom script reuses the tracker already on the page: one global, one visitor', async ({ page, site, faultProxy, rows }) => {
  await page.goto(`${site.url}/showroom-reuse.html?endpoint=${encodeURIComponent(`${faultProxy.url}/v1/batch`)}`);
  const showroom = page.locator('[data-vitrine-showroom]');
  await expect(showroom.getByRole('region', { name: 'Ripple mug showroom' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => rows().map((row) => row.event), { timeout: 20_000 }).toEqual(expect.arrayContaining(['Page Event', 'Showroom Loaded']));

  expect(await page.evaluate(() => window.vitrine === (window as unknown as { pageTracker: unknown }).pageTracker)).toBe(true);
  const visitors = new Set(rows().map((row) => row.anonymousId));
  expect(visitors.size).toBe(1);
  // One tracker sending: counted where they are sent, every stored event was posted exactly once.
  const sent = faultProxy.sendsByMessageId();
  expect(rows().map((row) => sent.get(row.messageId))).toEqual(rows().map(() => 1));
});
