import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/demo-fixtures.js';

// What the shopper sees stays put and fits: the story keeps its space from page to page, rows of
// buttons do not touch, and on a small 3D view the turn and zoom buttons wait behind one button.
test.use({ reducedMotion: 'reduce' });

const ready = (showroom: Locator) => expect(showroom.locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });

/** Where `locator` is on the page (not the viewport): x, y, width, height. */
const pageBox = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  });

async function openProductPage(page: Page, shopUrl: string): Promise<Locator> {
  await page.goto(`${shopUrl}/`);
  const showroom = page.locator('vitrine-showroom');
  await ready(showroom);
  return showroom;
}

for (const [name, viewport] of [
  ['a desktop', { width: 1280, height: 900 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${name}, the call to action stays where it is on every story page, with or without a picture`, async ({ page, shop }) => {
    await page.setViewportSize(viewport);
    const showroom = await openProductPage(page, shop.url);
    const cta = showroom.locator('[part=actions]');
    const boxes = [await pageBox(cta)];
    // The last page has no picture; after it, "Watch again" joins the story's buttons.
    for (let n = 2; n <= 5; n++) {
      await showroom.getByRole('button', { name: 'Next page' }).click();
      if (n <= 4) await expect(showroom.getByRole('group', { name: `Page ${n} of 4` })).toBeVisible();
      else await expect(showroom.getByRole('button', { name: 'Watch again' })).toBeVisible();
      boxes.push(await pageBox(cta));
    }
    expect(boxes.map((b) => Math.round(b.y)), 'the CTA bar moved').toEqual(boxes.map(() => Math.round(boxes[0]!.y)));
  });
}

test('the colour chips and the camera presets are rows apart, not touching', async ({ page, shop }) => {
  const showroom = await openProductPage(page, shop.url);
  const chips = await pageBox(showroom.getByRole('radiogroup'));
  const presets = await pageBox(showroom.getByRole('group', { name: 'Views' }));
  expect(presets.y - (chips.y + chips.height)).toBeGreaterThanOrEqual(8);
  const stage = await pageBox(showroom.locator('.stage'));
  expect(chips.y - (stage.y + stage.height)).toBeGreaterThanOrEqual(8);
});

test('on the product page, the 3D view shows all its turn, tilt and zoom buttons', async ({ page, shop }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const showroom = await openProductPage(page, shop.url);
  const controls = showroom.locator('[part=controls]');
  await expect(controls.getByRole('button')).toHaveText(['←', '→', '↑', '↓', '+', '−', '↻']);
  await expect(controls.getByRole('button', { name: 'View controls' })).toBeHidden();
});

test('a category card shows one "View controls" button over its 3D view; it opens the tools, they work, and Escape folds them back', async ({ page, shop }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${shop.url}/category.html`);
  const card = page.locator('#aster-chair-card vitrine-showroom');
  await card.scrollIntoViewIfNeeded();
  await ready(card);
  const controls = card.locator('[part=controls]');
  const toggle = controls.getByRole('button', { name: 'View controls' });
  await expect(controls.getByRole('button')).toHaveCount(1);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const stage = await pageBox(card.locator('.stage'));
  const folded = await pageBox(toggle);
  expect((folded.width * folded.height) / (stage.width * stage.height), 'share of the 3D view covered').toBeLessThan(0.05);

  // By keyboard: the tools open below the button, all inside the 3D view.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(controls.getByRole('button')).toHaveCount(8);
  for (const button of await controls.getByRole('button').all()) {
    const b = await pageBox(button);
    expect(b.x >= stage.x && b.y >= stage.y && b.x + b.width <= stage.x + stage.width && b.y + b.height <= stage.y + stage.height, `${await button.getAttribute('aria-label')} inside the 3D view`).toBe(true);
  }
  await page.keyboard.press('Tab');
  await expect(controls.getByRole('button', { name: 'Turn left' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => shop.rows('Model Rotated').filter((r) => r.properties['method'] === 'button' && r.properties['showroom_id'] === 'aster-chair-card')).toHaveLength(1);

  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(controls.getByRole('button')).toHaveCount(1);
});
