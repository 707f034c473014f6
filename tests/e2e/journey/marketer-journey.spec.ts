import type { Browser, Page } from '@playwright/test';
import { formatCount } from '../../../packages/dashboard/src/format/format-count.js';
import { formatPercent } from '../../../packages/dashboard/src/format/format-percent.js';
import { bucketVisitor, type MetricsResult } from '../../../packages/contracts/src/index.js';
import { expect, test, type DemoShop } from '../support/demo-fixtures.js';

// The marketer's whole journey on the demo as `npm start` serves it: sign in with the token, add
// a CTA-wording A/B test in the editor's form, preview each arm, publish; two shoppers visit the
// product page, one per arm; the dashboard, filtered to the showroom, shows their visits, both
// arms, the CTA conversion and the quiz funnel, each figure equal to what /api/metrics answers.
//
// Both arms get a shopper without touching the weights (they stay 50/50, as a marketer would run
// the test): bucketing is deterministic by anonymousId, so the test picks two anonymousIds that
// land in different arms and gives each shopper's browser one before the page loads, where the
// tracker keeps it (localStorage `vitrine.anonymousId`).
const NEW_LABEL = 'Reserve yours today';
const EXPERIMENT = { id: 'cta-label', arms: [{ id: 'control', weight: 50 }, { id: 'new-label', weight: 50 }] };

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

/** The first of `shopper-1`, `shopper-2`, ... that bucketing puts in `arm`. */
function visitorIn(arm: string): string {
  for (let n = 1; ; n++) if (bucketVisitor(`shopper-${n}`, EXPERIMENT).id === arm) return `shopper-${n}`;
}

/** A fresh shopper (own browser context) with `anonymousId`: turns the chair, takes the quiz to a result, clicks both CTAs; returns the product CTA's label. */
async function visitAsShopper(browser: Browser, shop: DemoShop, anonymousId: string): Promise<string> {
  const shopUrl = shop.url;
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
    storageState: { cookies: [], origins: [{ origin: shopUrl, localStorage: [{ name: 'vitrine.anonymousId', value: anonymousId }] }] },
  });
  const page = await context.newPage();
  await page.goto(`${shopUrl}/`);
  const showroom = page.locator('vitrine-showroom');
  await expect(showroom.locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });

  const stage = (await showroom.getByRole('application').boundingBox())!;
  await page.mouse.move(stage.x + stage.width * 0.15, stage.y + stage.height * 0.85);
  await page.mouse.down();
  await page.mouse.move(stage.x + stage.width * 0.45, stage.y + stage.height * 0.85, { steps: 6 });
  await page.mouse.up();

  await showroom.getByRole('tab', { name: 'Find your match' }).click();
  await showroom.getByRole('button', { name: 'Start the quiz' }).click();
  await showroom.getByRole('radio', { name: 'A home office or studio' }).check();
  await showroom.getByRole('button', { name: 'Next' }).click(); // the studio answer skips to the light question
  await showroom.getByRole('radio', { name: 'I mostly sit there in the evening' }).check();
  await showroom.getByRole('button', { name: 'Show my Aster' }).click();
  await expect(showroom.getByText('Aster in oat wool')).toBeVisible();
  // The recommendation's CTA (the quiz funnel's last step), then the product's (the one the test rewords).
  await showroom.getByRole('link', { name: 'Order a free wool sample' }).click();
  const cta = showroom.locator('[part=cta]');
  const label = (await cta.textContent())!.trim();
  await cta.click();
  // Leaving the page sends what is still queued, and the last engaged time.
  await page.goto('about:blank');
  // Closing the browser profile cancels its requests, the page-hide send among them, which a shopper's
  // browser lets finish: the profile stays until both CTA events are stored (under load, seconds).
  await expect
    .poll(() => shop.rows('CTA Clicked').filter((row) => row.anonymousId === anonymousId).length, { timeout: 30_000, message: 'the CTA events of the page-hide send' })
    .toBe(2);
  await context.close();
  return label;
}

/** The login form, the token typed in; the editor on the demo's product config. */
async function signInThroughTheForm(page: Page, shop: DemoShop): Promise<void> {
  await page.goto(`${shop.url}/admin/login?next=${encodeURIComponent('/admin/editor/?config=aster-chair')}`);
  await page.getByLabel('Admin token').fill(shop.adminToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${shop.url}/admin/editor/?config=aster-chair`);
}

test("the product page's collector panel links the marketer to the editor and the dashboard, through sign-in", async ({ page, shop }) => {
  await page.goto(`${shop.url}/`);
  await page.getByRole('link', { name: 'edit this showroom' }).click();
  await expect(page).toHaveURL(/\/admin\/login\?next=/);
  await page.getByLabel('Admin token').fill(shop.adminToken);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${shop.url}/admin/editor/?config=aster-chair`);
  await expect(page.getByLabel('Showroom config')).toHaveValue('aster-chair');
  await page.goto(`${shop.url}/`);
  await page.getByRole('link', { name: 'read its dashboard' }).click();
  await expect(page).toHaveURL(`${shop.url}/admin/dashboard/?showroom=aster-chair`);
  await expect(page.getByRole('combobox', { name: 'Showroom' })).toHaveValue('aster-chair');
});

test('sign in, add a CTA test, publish, two shoppers, and the dashboard shows what /api/metrics answers', async ({ page, browser, shop }) => {
  test.setTimeout(300_000);
  await signInThroughTheForm(page, shop);
  await expect(page.getByLabel('Showroom config')).toHaveValue('aster-chair');
  await expect(page.getByLabel('Config JSON')).toHaveValue(/"id": "aster-chair"/);
  const preview = page.getByTestId('preview');
  await expect(preview.locator('.name')).toHaveText('Aster lounge chair', { timeout: 45_000 });

  // The A/B test, from the form: a new arm with its own button label.
  await page.getByRole('button', { name: 'Add an A/B test of the button label' }).click();
  await page.getByLabel('cta-label: button label of arm new-label').fill(NEW_LABEL);
  await expect(page.getByLabel('Config JSON')).toHaveValue(new RegExp(`"label": "${NEW_LABEL}"`));

  // The preview shows each arm on demand (the demo's own CTA test pinned to control, as it also rewords the button).
  const previewCta = preview.locator('[part=cta]');
  await page.getByLabel('Preview arm of cta-wording').selectOption('control');
  await page.getByLabel('Preview arm of cta-label').selectOption('new-label');
  // Each preview redraw includes the 3D view (software WebGL): as slow under load as the first draw.
  await expect(previewCta).toHaveText(NEW_LABEL, { timeout: 45_000 });
  await page.getByLabel('Preview arm of cta-label').selectOption('control');
  await expect(previewCta).toHaveText('Add to basket', { timeout: 45_000 });

  await page.getByLabel('Note for this version').fill('CTA wording test');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved version 2.', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Version 2 of aster-chair is live.', { timeout: 15_000 });

  // Two shoppers, one per arm of the new test.
  const visitors = { control: visitorIn('control'), 'new-label': visitorIn('new-label') };
  const labels = [await visitAsShopper(browser, shop, visitors.control), await visitAsShopper(browser, shop, visitors['new-label'])];
  expect(labels[1]).toBe(NEW_LABEL);
  expect(labels[0]).not.toBe(NEW_LABEL);
  await expect.poll(() => shop.rows('CTA Clicked').length, { timeout: 20_000 }).toBe(4);
  const exposures = shop.rows('Experiment Viewed').filter((row) => row.properties['experiment_id'] === 'cta-label');
  expect(exposures.map((row) => [row.anonymousId, row.properties['arm_id']]).sort()).toEqual([
    [visitors['new-label'], 'new-label'],
    [visitors.control, 'control'],
  ].sort());

  // The dashboard, filtered to the showroom.
  await page.goto(`${shop.url}/admin/dashboard/`);
  await page.getByRole('combobox', { name: 'Showroom' }).selectOption('aster-chair');
  await expect(page).toHaveURL(/[?&]showroom=aster-chair/);
  const api = (await (await page.request.get(`${shop.url}/api/metrics?showroom=aster-chair`)).json()) as MetricsResult;
  expect(api.indicators.visits).toBe(2);
  expect(api.indicators.ctaVisitors).toBe(2);

  const card = (id: string) => page.locator(`[data-indicator=${id}] .card-value`);
  await expect(card('visits')).toHaveText(formatCount(api.indicators.visits));
  await expect(card('visits')).toHaveText('2');
  await expect(card('conversion')).toHaveText(formatPercent(api.indicators.conversionRate));
  await expect(card('conversion')).toHaveText('100%');

  const report = api.experiments.find((x) => x.experiment_id === 'cta-label')!;
  expect(report.arms.map((arm) => [arm.arm_id, arm.exposures])).toEqual([['control', 1], ['new-label', 1]]);
  const arms = page.locator('[data-experiment=cta-label] [data-table=arms] tbody tr');
  await expect(arms.locator('th')).toHaveText(['control', 'new-label']);
  await expect(arms.locator('td:nth-of-type(1)')).toHaveText(report.arms.map((arm) => formatCount(arm.exposures)));
  await expect(arms.locator('td:nth-of-type(8)')).toHaveText(report.arms.map((arm) => formatPercent(arm.indicators.conversionRate)));

  // Quiz funnel: view -> start -> each question -> complete -> CTA, both sessions all the way.
  expect(api.quiz.steps.map((step) => step.sessions)).toEqual(api.quiz.steps.map(() => 2));
  const funnel = page.locator('[data-table=quiz-funnel] tbody tr');
  await expect(funnel.locator('th')).toHaveText(api.quiz.steps.map((step) => step.label));
  await expect(funnel.locator('td:nth-of-type(1)')).toHaveText(api.quiz.steps.map((step) => formatCount(step.sessions)));
});
