import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './demo-fixtures.js';
import { takeTheQuiz } from './take-the-quiz.js';

/**
 * A shopper's whole visit to the demo's product page at `shopUrl`, every experience used once:
 * a hotspot, a drag, a zoom and a colour; the story to its end; the quiz to its result and
 * incentive; the product's CTA; the link copied. Call it with reduced motion, so that the product
 * does not auto-rotate and the story waits for the shopper.
 */
export async function visitEveryExperience(page: Page, context: BrowserContext, shopUrl: string): Promise<void> {
  // Firefox has no clipboard permissions to grant: its profile reads the clipboard without asking
  // (dom.events.testing.asyncClipboard, playwright.config.ts).
  if (context.browser()?.browserType().name() !== 'firefox') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shopUrl });
  await page.goto(`${shopUrl}/`);
  const showroom = page.locator('vitrine-showroom');
  await expect(showroom.locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });

  // Sense: open a hotspot, drag on an empty part of the stage, zoom with the button, pick a colour.
  await showroom.getByRole('button', { name: 'Show detail: Deep seat cushion' }).click();
  await expect(showroom.getByRole('dialog')).toContainText('High-resilience foam');
  await showroom.getByRole('button', { name: 'Close detail' }).click();
  const stage = (await showroom.getByRole('application').boundingBox())!;
  await page.mouse.move(stage.x + stage.width * 0.15, stage.y + stage.height * 0.85);
  await page.mouse.down();
  await page.mouse.move(stage.x + stage.width * 0.45, stage.y + stage.height * 0.85, { steps: 6 });
  await page.mouse.up();
  await showroom.getByRole('button', { name: 'Zoom in' }).click();
  await showroom.getByRole('radio', { name: 'Moss wool' }).click();
  await expect(showroom.getByRole('radio', { name: 'Moss wool' })).toBeChecked();

  // Feel: the story to its end.
  for (let i = 0; i < 4; i++) await showroom.getByRole('button', { name: 'Next page' }).click();

  // Think: the quiz to a result, then its incentive.
  await takeTheQuiz(showroom);
  await showroom.getByRole('button', { name: 'Reveal your code' }).click();
  await expect(showroom.getByText('ASTER10')).toBeVisible();

  // Act, then relate (headless Chromium has no Web Share API: the link is copied instead).
  await showroom.locator('[part=cta]').click();
  await showroom.getByRole('button', { name: 'Copy link' }).click();
  // The shared link credits the share: its medium, where it was shared, and a random sharer ref.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${shopUrl}/\\?utm_medium=share&utm_source=copy-link&utm_content=[a-z0-9]+$`));

}
