import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { orderCompleted } from '../support/order-completed.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';
import { ingestShowroomEvents, visit, type ShowroomVisit } from './ingest-showroom-events.js';
import { openDashboard } from './open-dashboard.js';
import { saveConfigs } from './save-configs.js';

// The dashboard against the real collector and its GET /api/metrics, on events ingested through
// POST /v1/batch as the showroom sends them. Two days in the past (so the range is fixed), one
// earlier visit (so one visitor is returning), and events of now (live visitors). The showrooms and
// experiments have stored configs: the dashboard lists no others.

const RANGE = '?from=2025-03-10&to=2025-03-11';
const EXPERIMENT = { 'cta-copy': 'control' };

/** A session of `visitor` on `showroom` starting at `at` (ISO), one event a second. */
function session(visitor: string, showroom: string, at: string, steps: [ShowroomVisit['event'], unknown, Partial<ShowroomVisit>?][]): ShowroomVisit[] {
  return steps.map(([event, properties, extra], index) => {
    const time = new Date(Date.parse(at) + index * 1000).toISOString();
    return visit(event, properties as never, { visitor, showroom, at: time, ...extra });
  });
}

const EVENTS: ShowroomVisit[] = [
  // v1: once before the range, so returning in it.
  ...session('v1', 'aster-chair', '2025-03-09T10:00:00Z', [['Showroom Loaded', { modules: ['sense'] }]]),
  ...session('v1', 'aster-chair', '2025-03-10T10:00:00Z', [
    ['Showroom Loaded', { modules: ['sense', 'think'] }],
    ['Showroom Viewed', {}],
    ['Experiment Viewed', { experiment_id: 'cta-copy', arm_id: 'control' }, { experiments: EXPERIMENT }],
    ['Model Rotated', { degrees: 30, method: 'drag' }, { experiments: EXPERIMENT }],
    ['Engaged Time', { ms: 30_000 }, { experiments: EXPERIMENT }],
    ['CTA Clicked', { label: 'Buy', href: '/buy', source: 'product' }, { module: 'act', experiments: EXPERIMENT }],
  ]),
  ...session('v2', 'aster-chair', '2025-03-10T11:00:00Z', [
    ['Showroom Loaded', { modules: ['sense', 'think'] }],
    ['Showroom Viewed', {}],
    ['Experiment Viewed', { experiment_id: 'cta-copy', arm_id: 'bold' }, { experiments: { 'cta-copy': 'bold' } }],
    ['Quiz Started', { question_count: 2 }, { module: 'think', experiments: { 'cta-copy': 'bold' } }],
    ['Quiz Answered', { question_id: 'room', question: 1, answer_ids: ['living'] }, { module: 'think', experiments: { 'cta-copy': 'bold' } }],
    ['Engaged Time', { ms: 60_000 }, { module: 'think', experiments: { 'cta-copy': 'bold' } }],
  ]),
  ...session('v3', 'oak-table', '2025-03-11T09:00:00Z', [['Showroom Loaded', { modules: ['sense'] }]]),
];

const card = (page: Page, id: string) => page.locator(`[data-indicator=${id}] .card-value`);

test.use({ reducedMotion: 'reduce' });

test('shows the figures of the ingested events; the filters narrow them and stay in the URL', async ({ page, collector }) => {
  await saveConfigs(collector, { 'aster-chair': { 'cta-copy': ['control', 'bold'] }, 'oak-table': {} });
  await ingestShowroomEvents(collector.url, EVENTS);
  await openDashboard(page, collector, RANGE);
  await expect(card(page, 'visits')).toHaveText('3');
  await expect(page.locator('[data-indicator=visits] .card-detail')).toHaveText('3 visitors');
  await expect(card(page, 'online-rate')).toHaveText('66.7%'); // 2 views of 3 loads
  await expect(card(page, 'repeat-rate')).toHaveText('33.3%'); // v1
  await expect(card(page, 'conversion')).toHaveText('33.3%'); // v1's CTA
  await expect(page.locator('[data-experiment=cta-copy] [data-table=arms] tbody th')).toHaveText(['control', 'bold']);
  await expect(page.locator('[data-table=quiz-answers]')).toContainText('living');

  await page.getByRole('combobox', { name: 'Showroom' }).selectOption('oak-table');
  await expect(page).toHaveURL(/\?showroom=oak-table&from=2025-03-10&to=2025-03-11$/);
  await expect(card(page, 'visits')).toHaveText('1');
  await expect(card(page, 'online-rate')).toHaveText('0%');

  await page.goBack();
  await expect(card(page, 'visits')).toHaveText('3');
  await expectNoAxeViolations(page);
});

test('live visitors grow without a reload as new events arrive', async ({ page, collector }) => {
  await page.clock.install();
  const now = () => new Date().toISOString();
  await ingestShowroomEvents(collector.url, [visit('Showroom Loaded', { modules: ['sense'] }, { visitor: 'live-1', showroom: 'aster-chair', at: now() })]);
  await openDashboard(page, collector);
  const live = page.locator('[data-indicator=online-rate] .card-detail');
  await expect(live).toHaveText('1 live now (last 5 min)');
  await ingestShowroomEvents(collector.url, [visit('Showroom Loaded', { modules: ['sense'] }, { visitor: 'live-2', showroom: 'aster-chair', at: now() })]);
  await page.clock.runFor(15_000);
  await expect(live).toHaveText('2 live now (last 5 min)');
});

test('ids, arms and answers that are markup are in no list, forged ones are counted in one line, and nothing runs', async ({ page, collector }) => {
  const showroom = '<img src=x onerror="window.pwned=1">';
  const experiment = '<script>window.pwned=2</script>';
  const arm = '"><svg onload="window.pwned=3">';
  const answer = '<b onmouseover="window.pwned=4">bold</b>';
  const experiments = { [experiment]: arm };
  await saveConfigs(collector, { 'aster-chair': { 'cta-copy': ['control', 'bold'] } });
  await ingestShowroomEvents(collector.url, [
    ...session('x1', showroom, '2025-03-10T10:00:00Z', [
      ['Showroom Loaded', { modules: ['think'] }, { experiments }],
      ['Experiment Viewed', { experiment_id: experiment, arm_id: arm }, { experiments }],
      ['Quiz Started', { question_count: 1 }, { module: 'think', experiments }],
      ['Quiz Answered', { question_id: answer, question: 1, answer_ids: [answer] }, { module: 'think', experiments }],
    ]),
    // Ids a config could hold, that no stored config names.
    ...session('x2', 'forged-room', '2025-03-10T11:00:00Z', [['Experiment Viewed', { experiment_id: 'forged-test', arm_id: 'a' }, { experiments: { 'forged-test': 'a' } }]]),
  ]);
  await openDashboard(page, collector, RANGE);
  await expect(card(page, 'visits')).toHaveText('2');
  await expect(page.locator('[data-note=unknown-ids]')).toHaveText(/^Not shown: 1 showroom, 1 experiment that no stored config names\./);
  await expect(page.locator('[data-experiment]')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Showroom' }).locator('option')).toHaveText(['All showrooms']);
  await expect(page.locator('[data-table=quiz-answers] td', { hasText: 'bold' })).toHaveCount(0);
  expect(await page.locator('main img, main script, main svg, main b').count()).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('a split far from the configured one shows the sample-ratio warning, an even one does not', async ({ page, collector }) => {
  const exposures = (experiment: string, arm: string, count: number): ShowroomVisit[] =>
    Array.from({ length: count }, (_, n) =>
      visit('Experiment Viewed', { experiment_id: experiment, arm_id: arm }, { visitor: `${experiment}-${arm}-${n}`, showroom: 'aster-chair', at: '2025-03-10T12:00:00Z', experiments: { [experiment]: arm } }),
    );
  await saveConfigs(collector, { 'aster-chair': { skewed: ['a', 'b'], even: ['a', 'b'] } });
  await ingestShowroomEvents(collector.url, [...exposures('skewed', 'a', 40), ...exposures('skewed', 'b', 10), ...exposures('even', 'a', 25), ...exposures('even', 'b', 24)]);
  await openDashboard(page, collector, RANGE);
  await expect(page.locator('[data-experiment=skewed] [data-warning=sample-ratio]')).toContainText('Sample ratio mismatch.');
  await expect(page.locator('[data-experiment=skewed] [data-table=arms] tbody tr')).toHaveText([/^a\s*40\s*80%\s*\(50%\)/, /^b\s*10\s*20%\s*\(50%\)/]);
  await expect(page.locator('[data-experiment=even] [data-table=arms] tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-experiment=even] [data-warning=sample-ratio]')).toHaveCount(0);
});

test("a hold-out experiment reports its primary metric first and the showroom's causal effect on orders and revenue", async ({ page, collector }) => {
  await saveConfigs(collector, {
    'aster-chair': {
      lift: { arms: [{ id: 'held', weight: 1, holdout: 'poster' }, { id: 'shown', weight: 1 }], primaryMetric: 'order', guardrails: ['cta'] },
    },
  });
  // 100 visitors an arm (the test's minimum): 2 held out and 10 shown order €50.
  const at = (n: number) => new Date(Date.parse('2025-03-10T12:00:00Z') + n * 1000).toISOString();
  const exposed = (arm: string) =>
    Array.from({ length: 100 }, (_, n) =>
      visit('Experiment Viewed', { experiment_id: 'lift', arm_id: arm }, { visitor: `${arm}-${n}`, showroom: 'aster-chair', at: at(n), experiments: { lift: arm } }),
    );
  await ingestShowroomEvents(collector.url, [...exposed('held'), ...exposed('shown')]);
  const order = (visitor: string, n: number) => orderCompleted(visitor, at(n + 30), 'aster-chair');
  const orders = [...[0, 1].map((n) => order(`held-${n}`, n)), ...Array.from({ length: 10 }, (_, n) => order(`shown-${n}`, n))];
  expect((await page.request.post(`${collector.url}/v1/batch`, { data: { batch: orders } })).status()).toBe(200);

  await openDashboard(page, collector, RANGE);
  const report = page.locator('[data-experiment=lift]');
  await expect(report.locator('[data-table=arms] tbody th')).toHaveText(['held (held out: poster only)', 'shown']);
  await expect(report.locator('[data-figure=decision]')).toHaveText('Decided on Order conversion, guarded by CTA conversion: not enough data yet, keep it running.');
  const rows = report.locator('[data-table=comparisons] tbody tr');
  await expect(rows.first()).toHaveText(/^Order conversion \(primary\)\s*shown\s*held\s*\+8\.0 pp/);
  await expect(rows.nth(1)).toHaveText(/^CTA conversion \(guardrail\)\s*shown\s*held/);
  const effect = page.getByRole('table', { name: /The showroom's effect: causal/ });
  await expect(effect.locator('tbody tr')).toHaveText([/^Order conversion\s*10%\s*2%\s*\+8\.0 pp\s*\+400%/, /^Revenue per visitor\s*€5\.00\s*€1\.00\s*\+€4\.00\s*\+400%/]);
  await expectNoAxeViolations(page);
});
