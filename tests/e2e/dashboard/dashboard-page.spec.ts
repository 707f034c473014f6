import type { Page, Route } from '@playwright/test';
import type { MetricsResult } from '../../../packages/contracts/src/index.js';
import { armFixture, experimentFixture, indicatorsFixture, metricsFixture } from '../../unit/dashboard/support/metrics-fixture.js';
import { expect, test } from '../support/fixtures.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { openDashboard } from './open-dashboard.js';

// The built dashboard, served by the real collector, in Chromium, with GET /api/metrics answered
// by fixtures: what the page does with each kind of answer (the real API's figures are checked in
// real-metrics.spec.ts). Every request the page made is kept, to check the query it sent.

/** Answers /api/metrics with `answer(url)` and records each query string asked. */
async function serveMetrics(page: Page, answer: (url: URL) => { status: number; body: unknown }): Promise<string[]> {
  const asked: string[] = [];
  await page.route('**/api/metrics*', async (route: Route) => {
    const url = new URL(route.request().url());
    asked.push(url.search);
    const { status, body } = answer(url);
    await route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  });
  return asked;
}

const ok = (metrics: MetricsResult) => () => ({ status: 200, body: metrics });
const card = (page: Page, id: string) => page.locator(`[data-indicator=${id}] .card-value`);

test.use({ reducedMotion: 'reduce' });

test('shows the indicators, the daily charts with their tables, and passes axe', async ({ page, collector }) => {
  await serveMetrics(page, ok(metricsFixture()));
  await openDashboard(page, collector);
  await expect(card(page, 'visits')).toHaveText('1,234');
  await expect(card(page, 'online-rate')).toHaveText('75%');
  await expect(page.locator('[data-indicator=online-rate] .card-detail')).toHaveText('7 live now (last 5 min)');
  await expect(page.locator('.chart-plot canvas')).toHaveCount(4);
  // uPlot's stylesheet arrives as a file (the CSP refuses inline style elements).
  const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => [sheet.href?.split('/').pop(), sheet.cssRules.length > 0]));
  expect(sheets).toEqual([['uPlot.min.css', true], ['dashboard.css', true]]);
  const visits = page.locator('[data-chart=visits]');
  await visits.getByText('Data table').click();
  await expect(visits.getByRole('table', { name: 'Visits and visitors per day' }).getByRole('row')).toHaveText([/Day\s*Visits\s*Visitors/, /2026-11-01\s*10\s*8/, /2026-11-02\s*20\s*15/, /2026-11-03\s*30\s*25/]);
  await expect(page.locator('[data-table=media] tbody tr')).toHaveText([/^Email\s*700\s*75%/, /^Paid Social\s*534\s*75%/]);
  const outcomes = page.getByRole('region', { name: 'Outcomes', exact: true });
  await expect(outcomes.getByRole('row').nth(1)).toHaveText(/^3D view, used\s*600\s*10%\s*5%\s*€7\.00$/);
  await expect(page.getByText('Shoppers who picked Moss in 3D bought it 71.4% of the time (10 of 14).')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('keeps filters in the URL: a change refetches without a reload, Back restores the view', async ({ page, collector }) => {
  const asked = await serveMetrics(page, (url) => ({
    status: 200,
    body: metricsFixture({ indicators: indicatorsFixture({ visits: url.searchParams.get('showroom') === 'oak-table' ? 42 : 1234 }) }),
  }));
  await openDashboard(page, collector, '?module=think');
  await expect(card(page, 'visits')).toHaveText('1,234');
  await expect(page.getByRole('combobox', { name: 'Module', exact: true })).toHaveValue('think');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await page.getByRole('combobox', { name: 'Showroom' }).selectOption('oak-table');
  await expect(card(page, 'visits')).toHaveText('42');
  expect(new URL(page.url()).search).toBe('?showroom=oak-table&module=think');
  await page.getByRole('combobox', { name: 'Experiment arm' }).selectOption({ label: 'quiz-first: quiz' });
  await expect(page).toHaveURL(/\?showroom=oak-table&experiment=quiz-first&arm=quiz&module=think$/);
  // The URL changes before the refetch reaches the route (CI saw the previous query here once).
  await expect.poll(() => asked.at(-1)).toBe('?showroom=oak-table&experiment=quiz-first&arm=quiz&module=think');
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('Paid Social');
  await expect(page).toHaveURL(/\?showroom=oak-table&experiment=quiz-first&arm=quiz&module=think&channel=Paid\+Social$/);
  await expect.poll(() => asked.at(-1)).toBe('?showroom=oak-table&experiment=quiz-first&arm=quiz&module=think&channel=Paid+Social');

  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\?module=think$/);
  await expect(card(page, 'visits')).toHaveText('1,234');
  await expect(page.getByRole('combobox', { name: 'Showroom' })).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('says which filter of a link it ignored, and why', async ({ page, collector }) => {
  const asked = await serveMetrics(page, ok(metricsFixture()));
  await openDashboard(page, collector, '?from=2026-02-30&showroom=aster-chair');
  await expect(page.getByRole('alert')).toHaveText('Ignored from=2026-02-30: not a day written YYYY-MM-DD.');
  await expect(card(page, 'visits')).toHaveText('1,234');
  expect(asked).toEqual(['?showroom=aster-chair']);
  await expectNoAxeViolations(page);
});

test('renders ids, arms and answers that are markup as text, and runs none of it', async ({ page, collector }) => {
  const markup = (n: number) => `<img src=x onerror="window.pwned=${n}"><script>window.pwned=${n}</script>`;
  const metrics = metricsFixture({
    showrooms: [markup(1)],
    experiments: [experimentFixture({ experiment_id: markup(2), arms: [armFixture(markup(3), [1, 1, 1, 1])], comparisons: [], metrics: [] })],
    quiz: { steps: [{ key: 'view', label: markup(4), sessions: 3, dropOff: null }], questions: [{ question: 1, answered: 3, dropOff: null, answers: [{ question_id: markup(5), answer_id: markup(6), count: 3 }] }] },
  });
  await serveMetrics(page, ok(metrics));
  await openDashboard(page, collector);
  await expect(page.getByRole('heading', { name: `Experiment ${markup(2)}` })).toBeVisible();
  for (const n of [3, 4, 5, 6]) await expect(page.getByText(markup(n), { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Showroom' }).locator('option', { hasText: markup(1) })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Experiment arm' }).locator('option', { hasText: `${markup(2)}: ${markup(3)}` })).toHaveCount(1);
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('a lapsed login shows a link to the login page; an API error says what failed', async ({ page, collector }) => {
  let status = 401;
  await serveMetrics(page, () => (status === 401 ? { status, body: { error: 'log in' } } : { status, body: { error: 'the database is locked' } }));
  await openDashboard(page, collector);
  await expect(page.getByRole('alert')).toContainText('You are not logged in');
  await expect(page.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/admin/login');
  await expectNoAxeViolations(page);

  status = 500;
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The figures could not be loaded. The collector answered 500: the database is locked');
});

test('polls every 15 s while visible, showing new live figures without a reload', async ({ page, collector }) => {
  await page.clock.install();
  let live = 3;
  await serveMetrics(page, () => ({ status: 200, body: metricsFixture({ indicators: indicatorsFixture({ liveVisitors: live }) }) }));
  await openDashboard(page, collector);
  const detail = page.locator('[data-indicator=online-rate] .card-detail');
  await expect(detail).toHaveText('3 live now (last 5 min)');
  live = 9;
  await page.clock.runFor(15_000);
  await expect(detail).toHaveText('9 live now (last 5 min)');
});

test('sends nothing while the tab is hidden, and refreshes at once when it is shown again', async ({ page, collector }) => {
  await page.clock.install();
  const asked = await serveMetrics(page, ok(metricsFixture()));
  await openDashboard(page, collector);
  await expect(card(page, 'visits')).toHaveText('1,234');
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { value, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  const before = asked.length;
  await page.clock.runFor(60_000);
  expect(asked.length).toBe(before);
  await setVisibility('visible');
  await expect.poll(() => asked.length).toBe(before + 1);
});

test('applies a time zone typed in, and refuses one that does not exist, saying so', async ({ page, collector }) => {
  const asked = await serveMetrics(page, ok(metricsFixture()));
  await openDashboard(page, collector);
  await expect(card(page, 'visits')).toHaveText('1,234');
  const tz = page.getByRole('combobox', { name: 'Time zone' });
  await tz.fill('Mars/Olympus');
  await tz.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Mars/Olympus is not an IANA time zone such as Europe/Paris; the figures stay in UTC.');
  await expect(tz).toHaveAttribute('aria-invalid', 'true');
  expect(new URL(page.url()).search).toBe('');
  await tz.fill('Europe/Paris');
  await tz.press('Enter');
  await expect(page).toHaveURL(/\?tz=Europe%2FParis$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => asked.at(-1)).toBe('?tz=Europe%2FParis');
});

test('fits a phone: no sideways scrolling of the page, charts as wide as the screen', async ({ page, collector }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await serveMetrics(page, ok(metricsFixture()));
  await openDashboard(page, collector);
  await expect(page.locator('.chart-plot canvas')).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const width = await page.locator('.chart-plot').first().evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(300);
  expect(width).toBeLessThanOrEqual(360);
});

test("with view=media, asks for each channel's modules and funnels, folds them under its name, fits a phone and passes axe", async ({ page, collector }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const fixture = metricsFixture();
  const asked = await serveMetrics(page, (url) => {
    if (url.searchParams.get('view') !== 'media') return ok(fixture)();
    const { modules, quiz, story } = fixture;
    return ok({ ...fixture, media: fixture.media.map((row) => ({ ...row, modules, quiz: { steps: quiz.steps }, story })) })();
  });
  await openDashboard(page, collector);
  await page.getByRole('link', { name: "Show each channel's modules and funnels" }).click();
  await expect.poll(() => asked.at(-1)).toBe('?view=media');
  const email = page.locator('details[data-channel=Email]');
  await email.getByText('Email: modules and funnels').click();
  await expect(email.getByRole('table', { name: 'Email: quiz funnel' }).getByRole('row')).toHaveText([/Step\s*Sessions\s*Drop-off/, /Viewed\s*100\s*—/, /Started\s*40\s*60%/, /Question 1\s*30\s*25%/, /Completed\s*20\s*33.3%/, /CTA\s*5\s*75%/]);
  await expect(email.getByRole('table', { name: /^Email: story reach/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: "Hide each channel's modules and funnels" }).click();
  await expect(page.locator('details[data-channel]')).toHaveCount(0);
  await expect.poll(() => asked.at(-1)).toBe('');
});
