import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe('vitrine.track context.page', EVERY_ENGINE, () => {
  test('redacts the emails in the URL, path, query, hash and referrer, keeping the rest of each readable', async ({ site, tracker, waitForRows }) => {
    const page = tracker.tab;
    await tracker.open({ flushAt: 1 });
    const trackerUrl = new URL(await page.evaluate(() => location.href));
    // Arrive from a page whose URL holds an address: it becomes the referrer.
    await page.goto(`${site.url}/other.html?from=ann%40example.com&step=2`);
    await page.evaluate((url) => (location.href = url), trackerUrl.href);
    await tracker.ready();
    await page.evaluate(() =>
      history.replaceState(null, '', `/account/john@example.com/tracker.html?e=john%40example.com&${location.search.slice(1)}#contact=bob@example.com`),
    );
    await tracker.track(1);

    const [row] = await waitForRows(1);
    const context = row!.context as { page: Record<string, string> };
    expect(JSON.stringify(context.page), 'no address left').not.toMatch(/ann|john|bob/);
    expect(context.page).toMatchObject({
      path: '/account/[redacted]/tracker.html',
      referrer: `${site.url}/other.html?from=[redacted]&step=2`,
      title: 'Vitrine tracker e2e page',
    });
    expect(context.page['search']).toBe(`?e=[redacted]&${trackerUrl.search.slice(1)}`);
    expect(context.page['url']).toBe(`${site.url}/account/[redacted]/tracker.html?e=[redacted]&${trackerUrl.search.slice(1)}#contact=[redacted]`);
  });
});
