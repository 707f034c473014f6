import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsContext } from '../../../../packages/collector/src/metrics/metrics-context.js';
import type { MetricsQuery } from '../../../../packages/contracts/src/index.js';
import { createSqliteEventStore } from '../../../../packages/collector/src/store/create-sqlite-event-store.js';
import type { EventStore } from '../../../../packages/collector/src/store/event-store.js';
import { FIXTURE_NOW, visitFixture } from './visit-fixture.js';

let dir: string;
let store: EventStore;
const context: MetricsContext = {
  now: FIXTURE_NOW,
  experimentDesign: (id) =>
    id === 'cta-wording' ? { arms: [{ id: 'control', weight: 50 }, { id: 'try-at-home', weight: 50 }], primaryMetric: 'cta', guardrails: [] } : undefined,
};
const metrics = (query: Partial<MetricsQuery> = {}) => store.metrics({ from: '2024-05-01', to: '2024-05-02', tz: 'UTC', ...query }, context);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-metrics-'));
  store = await createSqliteEventStore(join(dir, 'db.sqlite'));
  // In two batches, the second first: rollups must not depend on arrival order.
  const rows = visitFixture();
  await store.insertMany(rows.slice(12));
  await store.insertMany(rows.slice(0, 12));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('queryMetrics', () => {
  it('computes the indicators of PRODUCT.md §4', async () => {
    expect((await metrics()).indicators).toEqual({
      visits: 4, // A twice, B, C
      visitors: 3,
      loads: 4,
      views: 3, // B never saw the widget
      onlineRate: 0.75,
      liveVisitors: 1, // C, a minute ago
      engagedMs: 6500, // 2000 + 3000 + 1000 + 500
      visitTimeMs: 1625, // 6500 / 4
      returningVisitors: 1, // A's second visit
      repeatBrowsingRate: 1 / 3,
      interactions: 12, // A: 6 then 3, B: 2, C: 1
      engagedSessions: 3,
      interactionFrequency: 4, // 12 / 3
      ctaVisitors: 1,
      conversionRate: 1 / 3,
    });
  });

  it('counts a visitor as returning when their visit in the range had one before it, even outside the range', async () => {
    const { indicators } = await metrics({ from: '2024-05-02' });
    expect(indicators).toMatchObject({ visits: 2, visitors: 2, returningVisitors: 1, repeatBrowsingRate: 0.5 });
  });

  it('reports the quiz funnel with drop-off and answers per question, and the story reach', async () => {
    const { quiz, story } = await metrics();
    expect(quiz.steps.map(({ key, sessions, dropOff }) => [key, sessions, dropOff])).toEqual([
      ['view', 3, null],
      ['start', 2, 1 - 2 / 3],
      ['q1', 2, 0],
      ['q2', 1, 0.5],
      ['complete', 1, 0],
      ['cta', 1, 0],
    ]);
    expect(quiz.questions).toEqual([
      { question: 1, answered: 2, dropOff: 0, answers: [{ question_id: 'room', answer_id: 'desk', count: 1 }, { question_id: 'room', answer_id: 'nook', count: 1 }] },
      { question: 2, answered: 1, dropOff: 0.5, answers: [{ question_id: 'style', answer_id: 'cosy', count: 1 }] },
    ]);
    expect(story).toEqual({ pages: [{ page: 1, sessions: 1 }, { page: 2, sessions: 1 }], completed: 1, completionRate: 1 });
  });

  it('counts hotspots, variants, AR, CTA, shares and completions, and lists the showrooms', async () => {
    const result = await metrics();
    expect(result.counts).toEqual({ hotspotsOpened: 1, variantsSelected: 1, arLaunched: 0, ctaClicked: 1, shared: 0, quizCompleted: 1, storyCompleted: 1 });
    expect(result.showrooms).toEqual(['chair', 'lamp']);
  });

  it('reports interaction time and frequency per module', async () => {
    const { modules } = await metrics();
    expect(modules.map(({ module, interactionMs, engagedSessions, interactions, interactionFrequency }) => [module, interactionMs, engagedSessions, interactions, interactionFrequency])).toEqual([
      ['sense', 2000, 1, 2, 2], // A's hotspot and C's variant; only A engaged
      ['feel', 1000, 1, 3, 3],
      ['think', 3500, 2, 6, 3],
      ['act', 0, 0, 1, null],
      ['relate', 0, 0, 0, null],
    ]);
  });

  it('gives daily series in UTC, or in the asked time zone', async () => {
    expect((await metrics()).series).toEqual({
      days: ['2024-05-01', '2024-05-02'],
      visits: [2, 2],
      visitors: [2, 2],
      loads: [2, 2],
      views: [1, 2],
      engagedMs: [5500, 1000],
      interactions: [8, 4],
      ctaClicked: [1, 0],
    });
    // 23:30 UTC on the 1st is 01:30 on the 2nd in Paris: B moves to the 2nd.
    expect((await metrics({ tz: 'Europe/Paris' })).series).toMatchObject({ visits: [1, 3], visitors: [1, 3], engagedMs: [5000, 1500], interactions: [6, 6] });
  });

  it('filters by showroom, by module, and by experiment arm', async () => {
    expect((await metrics({ showroom: 'lamp' })).indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1, views: 1, interactions: 1 });
    const think = await metrics({ module: 'think' });
    expect(think.indicators).toMatchObject({ visits: 4, interactions: 6, engagedMs: 3500, engagedSessions: 2 });
    expect(think.counts).toMatchObject({ quizCompleted: 1, hotspotsOpened: 0, storyCompleted: 0 });
    expect(think.modules.map((row) => row.module)).toEqual(['think']);
    const arm = await metrics({ experiment: 'cta-wording', arm: 'try-at-home' });
    expect(arm.indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1, views: 0, ctaVisitors: 0 });
  });

  it('splits each experiment by arm, compares conversion with the baseline and checks the sample ratio', async () => {
    const [experiment, ...others] = (await metrics()).experiments;
    expect(others).toEqual([]);
    expect(experiment!.experiment_id).toBe('cta-wording');
    expect(experiment!.arms.map(({ arm_id, exposures, expectedShare, indicators }) => [arm_id, exposures, expectedShare, indicators.visits, indicators.conversionRate])).toEqual([
      ['control', 1, 0.5, 2, 1],
      ['try-at-home', 1, 0.5, 1, 0],
    ]);
    // 1 of 1 against 0 of 1: a difference, but far too few visitors for any verdict.
    const [comparison] = experiment!.comparisons;
    expect(comparison).toEqual({ arm_id: 'try-at-home', baseline_arm_id: 'control', difference: -1, interval: null, pValue: null, verdict: 'collecting' });
    expect(experiment!.sampleRatio).toEqual({ chiSquare: 0, pValue: 1, mismatch: false });
  });

  it('answers zeros and nulls for a range without events', async () => {
    const result = await metrics({ from: '2023-01-01', to: '2023-01-02' });
    expect(result.indicators).toMatchObject({ visits: 0, visitors: 0, onlineRate: null, conversionRate: null, liveVisitors: 1 });
    expect(result.series.visits).toEqual([0, 0]);
    expect(result.experiments).toEqual([]);
  });

  it('lists only the showrooms, experiments and arms the stored configs name, and counts the others', async () => {
    const query: MetricsQuery = { from: '2024-05-01', to: '2024-05-02', tz: 'UTC' };
    const known = { showrooms: new Set(['chair']), experiments: new Map([['cta-wording', new Set(['control'])]]) };
    const listed = await store.metrics(query, { now: FIXTURE_NOW, experimentDesign: () => undefined, known });
    expect(listed.showrooms).toEqual(['chair']);
    expect(listed.experiments.map((experiment) => [experiment.experiment_id, experiment.arms.map((arm) => arm.arm_id)])).toEqual([['cta-wording', ['control']]]);
    expect(listed.unknown).toEqual({ showrooms: 1, experiments: 0, arms: 1 });
    const none = await store.metrics(query, { now: FIXTURE_NOW, experimentDesign: () => undefined, known: { showrooms: new Set(), experiments: new Map() } });
    expect([none.showrooms, none.experiments, none.unknown]).toEqual([[], [], { showrooms: 2, experiments: 1, arms: 0 }]);
    // The figures themselves are every visit's: only the lists are narrowed.
    expect(none.indicators).toEqual(listed.indicators);
    expect((await metrics()).unknown).toEqual({ showrooms: 0, experiments: 0, arms: 0 });
  });
});
