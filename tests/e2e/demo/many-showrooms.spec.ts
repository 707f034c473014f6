import type { Page } from '@playwright/test';
import { countWebglContexts, webglCounts } from '../support/count-webgl-contexts.js';
import { expect, test } from '../support/demo-fixtures.js';

// A category page carries eight showrooms: they must share one WebGL context (browsers cap live
// contexts at about 16 and drop the oldest), and a showroom taken off the page must give back its
// GPU memory.

interface Stats {
  contexts: number;
  contextsCreated: number;
  viewers: number;
  geometries: number;
  textures: number;
}

/** Counts every WebGL context the page creates and every context it loses, from before any script. */
const countContexts = async (page: Page): Promise<void> => void (await page.addInitScript(countWebglContexts));
const webgl = (page: Page) => page.evaluate(webglCounts);
/** The shared renderer's own counts, from the same 3D module the showrooms imported. */
const rendererStats = (page: Page): Promise<Stats> =>
  page.evaluate(async () => ((await import(`${location.origin}/showroom/showroom-viewer.js`)) as { rendererStats(): Stats }).rendererStats());

async function loadEvery(page: Page): Promise<void> {
  for (const showroom of await page.locator('vitrine-showroom').all()) {
    await showroom.scrollIntoViewIfNeeded();
    await expect(showroom.locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });
  }
}

test('eight showrooms on the category page draw through one WebGL context and lose none', { tag: '@firefox' }, async ({ page, shop }) => {
  await countContexts(page);
  await page.goto(`${shop.url}/category.html`);
  await loadEvery(page);
  await expect(page.locator('vitrine-showroom canvas')).toHaveCount(8);
  expect(await webgl(page)).toEqual({ created: 1, lost: 0 });
  expect(await rendererStats(page)).toMatchObject({ contexts: 1, contextsCreated: 1, viewers: 8 });
});

test('a showroom mounted and removed 50 times gives back its contexts, geometries and textures', async ({ page, shop }) => {
  test.setTimeout(180_000);
  await countContexts(page);
  await page.goto(`${shop.url}/category.html`);
  await loadEvery(page);
  const before = await rendererStats(page);
  const heapBefore = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);

  for (let i = 0; i < 50; i++) {
    await page.evaluate(() => {
      const element = document.createElement('vitrine-showroom');
      element.id = 'extra';
      element.setAttribute('config', 'aster-chair-card');
      element.setAttribute('endpoint', '/v1/batch');
      document.querySelector('main')!.prepend(element);
      element.scrollIntoView(); // its config shows it on scroll into view
    });
    // The 3D view loads when it comes into view.
    await page.locator('#extra').getByRole('application').scrollIntoViewIfNeeded();
    await expect(page.locator('#extra').locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });
    if (i === 0) expect((await rendererStats(page)).geometries).toBeGreaterThan(before.geometries); // it did take some
    await page.evaluate(() => document.getElementById('extra')!.remove());
  }

  const after = await rendererStats(page);
  expect(after).toMatchObject({ contexts: 1, contextsCreated: 1, viewers: 8, geometries: before.geometries, textures: before.textures });
  expect(await webgl(page)).toEqual({ created: 1, lost: 0 });
  // Reported, not asserted: the JS heap is garbage-collected when the engine pleases.
  const heapAfter = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  test.info().annotations.push({ type: 'js heap', description: `${(heapBefore / 1e6).toFixed(1)} MB before, ${(heapAfter / 1e6).toFixed(1)} MB after 50 mounts` });
});
