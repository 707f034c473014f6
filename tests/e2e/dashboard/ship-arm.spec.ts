import { expect, test } from '../support/demo-fixtures.js';
import { orderCompleted } from '../support/order-completed.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { ingestShowroomEvents, visit, type ShowroomVisit } from './ingest-showroom-events.js';
import { openDashboard } from './open-dashboard.js';
import { saveConfigs } from './save-configs.js';

// The marketer's decision end to end on the demo: the seeded Aster chair config runs cta-wording
// (control, try-at-home); its exposures are ingested, the admin ships try-at-home from the dashboard
// with the keyboard, and the config API then serves a new published version with the arm's patch in
// and no experiment, its history saying why. A second experiment, decided on orders with a CTA
// guardrail, is shipped on a config of its own: its history records those figures.

const RANGE = '?showroom=aster-chair&from=2025-03-10&to=2025-03-11';

/** One exposed visitor of `arm`, who clicks the CTA when `clicks`. */
const exposure = (visitor: string, arm: string, clicks: boolean): ShowroomVisit[] => {
  const at = (s: number) => new Date(Date.parse('2025-03-10T10:00:00Z') + s * 1000).toISOString();
  const where = { visitor, showroom: 'aster-chair', experiments: { 'cta-wording': arm } };
  return [
    visit('Showroom Loaded', { modules: ['sense'] }, { ...where, at: at(0) }),
    visit('Experiment Viewed', { experiment_id: 'cta-wording', arm_id: arm }, { ...where, at: at(1) }),
    ...(clicks ? [visit('CTA Clicked', { label: 'Buy', href: '/buy', source: 'product' }, { ...where, at: at(2), module: 'act' })] : []),
  ];
};

test.use({ reducedMotion: 'reduce' });

test('ships an arm from the dashboard after a confirmation; the config API serves it published, without the experiment', async ({ page, shop }) => {
  await ingestShowroomEvents(shop.url, [...exposure('v1', 'control', false), ...exposure('v2', 'try-at-home', true), ...exposure('v3', 'try-at-home', false)]);
  const api = async (path: string) => (await page.request.get(`${shop.url}${path}`)).json();
  await openDashboard(page, shop, RANGE); // signs in: the config API is the admin's too
  const before = await api('/api/configs/aster-chair');
  expect(before.published).toBe(before.latest);
  const report = page.locator('[data-experiment=cta-wording]');
  await expect(report.locator('[data-table=arms] tbody th')).toHaveText(['control', 'try-at-home']);
  const ship = report.getByRole('button', { name: 'Ship try-at-home…' });
  await expect(report.getByRole('button', { name: 'Keep control…' })).toBeVisible();

  // Escape closes the confirmation and nothing is saved.
  await ship.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ship arm try-at-home of experiment cta-wording?' });
  await expect(dialog.locator('[data-figure=ship-plan]')).toContainText(`published version ${before.published}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await api('/api/configs/aster-chair')).latest).toBe(before.latest);

  await ship.focus();
  await page.keyboard.press('Enter');
  const next = before.latest + 1;
  await expect(dialog.locator('[data-figure=ship-plan]')).toHaveText(
    `Config aster-chair: published version ${before.published} with this arm's patch merged in and the experiment removed (0 other experiments left) becomes version ${next}, published at once.`,
  );
  await expect(dialog).toContainText('Visitorscontrol 1, try-at-home 2');
  await expect(dialog.locator('[data-figure=ship-patch]')).toContainText('"label": "Try it at home for 30 days"');
  await expect(dialog.locator('[data-figure=ship-primary]')).toHaveText('try-at-home 50% against control 0%: +50.0 pp, 95 % interval —');
  await expect(dialog.locator('[data-figure=ship-label]')).toHaveText(
    'Shipped arm try-at-home of experiment cta-wording: CTA conversion 50% against 0% for control, +50.0 pp, verdict collecting; visitors control 1, try-at-home 2',
  );
  await expectNoAxeViolations(page);
  await dialog.getByText(`Version ${next} in full`).click(); // the whole new config, in a scrolling block
  await expect(dialog.locator('details pre')).toContainText(`"version": ${next}`);
  await expect(dialog.locator('details pre')).not.toContainText('"experiments"');
  await expectNoAxeViolations(page);
  const publish = dialog.getByRole('button', { name: `Publish version ${next}` });
  await publish.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'is published' })).toHaveText(
    `Version ${next} of aster-chair is published: arm try-at-home of experiment cta-wording shipped, the experiment removed.`,
  );
  await expect(dialog).toBeHidden();
  // The figures fetched again: the experiment keeps its figures but no longer runs, so no more decisions.
  await expect(report.locator('[data-ship]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const after = await api('/api/configs/aster-chair');
  expect(after).toMatchObject({ latest: next, published: next });
  expect(after.versions[0]).toMatchObject({ version: next, author: 'admin', label: expect.stringMatching(/^Shipped arm try-at-home of experiment cta-wording: .*verdict collecting; visitors control 1, try-at-home 2$/) });
  const live = await (await page.request.get(`${shop.url}/v1/configs/aster-chair`)).json();
  expect(live).toMatchObject({ id: 'aster-chair', version: next, product: { cta: { label: 'Try it at home for 30 days' } } });
  expect(live).not.toHaveProperty('experiments');

  // The editor's history lists the decision as the live version.
  await page.goto(`${shop.url}/admin/editor/?config=aster-chair`);
  const newest = page.locator('.versions li').first();
  await expect(newest.locator('.version-title')).toHaveText(`Version ${next} live`, { timeout: 45_000 });
  await expect(newest.locator('.meta')).toContainText('admin');
  await expect(newest.locator('.label span')).toHaveText(['Shipped arm try-at-home of experiment cta-wording: CTA conversion 50% against 0% for control, +50.0 pp, verdict collecting;', 'visitors control 1, try-at-home 2']);
});

test("records the figures of the experiment's primary metric, order conversion, and its guardrail's verdict in the published version's history", async ({ page, shop }) => {
  await saveConfigs(shop, {
    lamp: { 'order-first': { arms: [{ id: 'control', weight: 1 }, { id: 'quiz', weight: 1, patch: { product: { name: 'Lamp, quiz first' } } }], primaryMetric: 'order', guardrails: ['cta'] } },
  });
  // control: 3 visitors, 1 order; quiz: 4 visitors, 2 orders. Each order is credited to its visitor's exposure.
  const at = (n: number) => new Date(Date.parse('2025-03-10T12:00:00Z') + n * 1000).toISOString();
  const visitors = [...['c0', 'c1', 'c2'].map((id) => [id, 'control'] as const), ...['q0', 'q1', 'q2', 'q3'].map((id) => [id, 'quiz'] as const)];
  await ingestShowroomEvents(
    shop.url,
    visitors.map(([visitor, arm], n) => visit('Experiment Viewed', { experiment_id: 'order-first', arm_id: arm }, { visitor, showroom: 'lamp', at: at(n), experiments: { 'order-first': arm } })),
  );
  const order = (visitor: string, n: number) => orderCompleted(visitor, at(n + 30), 'lamp');
  expect((await page.request.post(`${shop.url}/v1/batch`, { data: { batch: [order('c0', 0), order('q0', 1), order('q1', 2)] } })).status()).toBe(200);

  await openDashboard(page, shop, '?showroom=lamp&from=2025-03-10&to=2025-03-11');
  const report = page.locator('[data-experiment=order-first]');
  await report.getByRole('button', { name: 'Ship quiz…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ship arm quiz of experiment order-first?' });
  await expect(dialog.locator('dt').nth(1)).toHaveText('Order conversion, the primary metric');
  await expect(dialog.locator('[data-figure=ship-primary]')).toHaveText('quiz 50% against control 33.3%: +16.7 pp, 95 % interval —');
  await expect(dialog.locator('[data-figure=ship-guardrails]')).toHaveText('CTA conversion: Collecting: each arm needs 100 visitors');
  const label = 'Shipped arm quiz of experiment order-first: order conversion 50% against 33.3% for control, +16.7 pp, verdict collecting; guardrails CTA conversion collecting; visitors control 3, quiz 4';
  await expect(dialog.locator('[data-figure=ship-label]')).toHaveText(label);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: /^Publish version \d+$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is published' })).toContainText('arm quiz of experiment order-first shipped');

  const history = await (await page.request.get(`${shop.url}/api/configs/lamp`)).json();
  expect(history.versions[0]).toMatchObject({ version: history.published, author: 'admin', label });
  await page.goto(`${shop.url}/admin/editor/?config=lamp`);
  await expect(page.locator('.versions li').first().locator('.label span')).toHaveText(
    ['Shipped arm quiz of experiment order-first: order conversion 50% against 33.3% for control, +16.7 pp, verdict collecting;', 'guardrails CTA conversion collecting;', 'visitors control 3, quiz 4'],
    { timeout: 45_000 },
  );
});
