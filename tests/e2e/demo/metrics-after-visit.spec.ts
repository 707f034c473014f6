import type { MetricsResult } from '../../../packages/contracts/src/index.js';
import { expect, test } from '../support/demo-fixtures.js';
import { visitEveryExperience } from '../support/visit-every-experience.js';

// The scripted visit of scripted-visit.spec.ts, then the figures the dashboard would show for it, read back from GET /api/metrics: the rollups kept at ingest must
// count exactly this one visit. The API is an admin route: the request carries the admin token.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

test('a scripted visit comes back from /api/metrics as one visit with its interactions, funnel and story reach', async ({ page, context, shop }) => {
  await visitEveryExperience(page, context, shop.url);
  // The shopper reads the page a moment before leaving: the last clicks' send (1 s after them) is
  // answered. Leaving sooner is its own test (tracker/page-lifecycle.spec.ts): a request the page
  // still awaits when it goes is cut, and its events wait for the next visit, which this one lacks.
  await expect.poll(() => shop.rows('Shared').length, { timeout: 20_000, message: 'the share event, sent 1 s after the click' }).toBe(1);
  await page.goto('about:blank');

  const metrics = async (): Promise<MetricsResult> => {
    const res = await page.request.get(`${shop.url}/api/metrics?showroom=aster-chair`, { headers: { Authorization: `Bearer ${shop.adminToken}` } });
    expect(res.status()).toBe(200);
    return (await res.json()) as MetricsResult;
  };
  // Every module's Engaged Time arrives last, at page hide.
  await expect.poll(async () => (await metrics()).modules.filter((row) => row.engagedSessions === 1).length, { timeout: 20_000 }).toBe(5);
  const result = await metrics();

  expect(result.indicators).toMatchObject({
    visits: 1,
    visitors: 1,
    loads: 1,
    views: 1,
    onlineRate: 1,
    returningVisitors: 0,
    // 4 sense (hotspot, rotate, zoom, colour), 5 feel (4 pages, completed), 7 think (start, 3
    // answers, completed, recommendation, incentive), 1 act, 1 relate.
    interactions: 18,
    engagedSessions: 1,
    interactionFrequency: 18,
    ctaVisitors: 1,
    conversionRate: 1,
  });
  expect(result.indicators.engagedMs).toBeGreaterThan(0);
  expect(result.modules.map((row) => [row.module, row.interactions, row.engagedSessions])).toEqual([
    ['sense', 4, 1],
    ['feel', 5, 1],
    ['think', 7, 1],
    ['act', 1, 1],
    ['relate', 1, 1],
  ]);
  expect(result.counts).toEqual({ hotspotsOpened: 1, variantsSelected: 1, arLaunched: 0, ctaClicked: 1, shared: 1, quizCompleted: 1, storyCompleted: 1 });
  expect(result.quiz.steps.map((step) => [step.key, step.sessions])).toEqual([
    ['view', 1],
    ['start', 1],
    ['q1', 1],
    ['q2', 1],
    ['q3', 1],
    ['complete', 1],
    ['cta', 0],
  ]);
  expect(result.quiz.questions.map((q) => q.answers)).toEqual([
    [{ question_id: 'room', answer_id: 'reading-nook', count: 1 }],
    [{ question_id: 'style', answer_id: 'cosy', count: 1 }],
    [{ question_id: 'light', answer_id: 'soft', count: 1 }],
  ]);
  expect(result.story).toEqual({ pages: [1, 2, 3, 4].map((p) => ({ page: p, sessions: 1 })), completed: 1, completionRate: 1 });
  expect(result.series.visits.reduce((a, b) => a + b, 0)).toBe(1);
  expect(result.showrooms).toEqual(['aster-chair']);

  const [experiment] = result.experiments;
  expect(experiment!.experiment_id).toBe('cta-wording');
  expect(experiment!.arms.map((arm) => [arm.arm_id, arm.expectedShare])).toEqual([
    ['control', 0.5],
    ['try-at-home', 0.5],
  ]);
  expect(experiment!.arms.map((arm) => arm.exposures).sort()).toEqual([0, 1]);
});
