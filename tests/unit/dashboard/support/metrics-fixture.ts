import type { ArmComparison, ArmReport, ExperimentReport, Indicators, MetricSample, MetricsResult, OutcomeSplit, OutcomeSummary, Outcomes } from '../../../../packages/contracts/src/index.js';

/** Indicators with every figure set, distinct enough that a test can tell which one a page shows. */
export function indicatorsFixture(overrides: Partial<Indicators> = {}): Indicators {
  return {
    visits: 1234,
    visitors: 987,
    loads: 2000,
    views: 1500,
    onlineRate: 0.75,
    liveVisitors: 7,
    engagedMs: 3_723_000,
    visitTimeMs: 42_000,
    returningVisitors: 123,
    repeatBrowsingRate: 0.1246,
    interactions: 4321,
    engagedSessions: 900,
    interactionFrequency: 4.8,
    ctaVisitors: 55,
    conversionRate: 0.0557,
    ...overrides,
  };
}

const sample = (n: number, sum: number, sumSquares = sum): MetricSample => ({ n, sum, sumSquares, mean: sum / n });

/** Arm `arm_id` of 500 visitors: `cta`, `carts` and `orders` of them converted, `revenue` euros. */
export function armFixture(arm_id: string, [cta, carts, orders, revenue]: number[], overrides: Partial<ArmReport> = {}): ArmReport {
  return {
    arm_id,
    exposures: 500,
    expectedShare: 0.5,
    indicators: indicatorsFixture({ visitors: 500, ctaVisitors: cta!, conversionRate: cta! / 500 }),
    metrics: { cta: sample(500, cta!), 'add-to-cart': sample(500, carts!), order: sample(500, orders!), 'revenue-per-visitor': sample(500, revenue!, revenue! * 120) },
    ...overrides,
  };
}

/** quiz-first, decided on orders, guarded by CTA conversion: the quiz arm orders more, its CTA not decided yet. */
export function experimentFixture(overrides: Partial<ExperimentReport> = {}): ExperimentReport {
  const cta: ArmComparison = { arm_id: 'quiz', baseline_arm_id: 'control', difference: 0.03, interval: [0.001, 0.059], pValue: 0.04, verdict: 'better' };
  return {
    experiment_id: 'quiz-first',
    arms: [armFixture('control', [25, 40, 20, 2_400]), armFixture('quiz', [40, 50, 35, 4_200], { exposures: 480 })],
    primaryMetric: 'order',
    guardrails: ['cta'],
    currency: 'EUR',
    comparisons: [cta],
    metrics: [
      { metric: 'order', role: 'primary', comparisons: [{ ...cta, difference: 0.03, interval: [0.004, 0.056], verdict: 'better' }] },
      { metric: 'cta', role: 'guardrail', comparisons: [{ ...cta, interval: [-0.02, 0.059], verdict: 'not-worse-yet' }] },
      { metric: 'add-to-cart', role: 'other', comparisons: [{ ...cta, difference: 0.02, interval: null, pValue: null, verdict: 'collecting' }] },
      { metric: 'revenue-per-visitor', role: 'other', comparisons: [{ ...cta, difference: 3.6, interval: [-1.25, 8.45], verdict: 'undecided' }] },
    ],
    enoughData: false,
    showroomEffect: null,
    sampleRatio: { chiSquare: 0.41, pValue: 0.52, mismatch: false },
    ...overrides,
  };
}

const split = (visits: number, orderVisits: number, revenue: number): OutcomeSplit => ({
  visits,
  cartVisits: orderVisits * 2,
  orderVisits,
  addToCartRate: visits === 0 ? null : (orderVisits * 2) / visits,
  orderConversion: visits === 0 ? null : orderVisits / visits,
  orders: orderVisits,
  revenue,
  revenuePerVisit: visits === 0 ? null : revenue / visits,
});

/** A channel's outcomes: 600 visitors, 30 with a cart, 12 ordered 15 times for €1,800. */
export function outcomeSummaryFixture(overrides: Partial<OutcomeSummary> = {}): OutcomeSummary {
  return {
    visitors: 600,
    cartVisitors: 30,
    orderVisitors: 12,
    addToCartRate: 0.05,
    orderConversion: 0.02,
    orders: 15,
    currency: 'EUR',
    revenue: 1_800,
    revenuePerVisitor: 3,
    averageOrderValue: 120,
    ...overrides,
  };
}

/** Outcomes with every figure set: 40 orders (38 in EUR), Moss bought by 71 % of those who chose it. */
export function outcomesFixture(overrides: Partial<Outcomes> = {}): Outcomes {
  return {
    visitors: 987,
    cartVisitors: 80,
    orderVisitors: 39,
    addToCartRate: 80 / 987,
    orderConversion: 39 / 987,
    orders: 40,
    currency: 'EUR',
    revenue: 5_320,
    revenuePerVisitor: 5_320 / 987,
    averageOrderValue: 140,
    currencies: [{ currency: 'EUR', orders: 38, revenue: 5_320 }, { currency: 'USD', orders: 2, revenue: 310 }],
    modules: [
      { module: 'sense', used: split(600, 30, 4_200), notUsed: split(634, 9, 1_120) },
      { module: 'think', used: split(0, 0, 0), notUsed: split(1234, 39, 5_320) },
    ],
    variantMatch: {
      orders: 24,
      matched: 17,
      share: 17 / 24,
      variants: [
        { variant: 'moss', label: 'Moss', orders: 14, matched: 10, share: 10 / 14 },
        { variant: 'sand', label: 'Sand', orders: 10, matched: 7, share: 0.7 },
      ],
    },
    channels: [{ channel: 'Email', orders: 25, revenue: 3_500 }, { channel: 'Paid Social', orders: 15, revenue: 1_820 }],
    uncredited: [{ currency: 'EUR', orders: 12, revenue: 1_500 }],
    ...overrides,
  };
}

/** A whole `GET /api/metrics` answer for three days. */
export function metricsFixture(overrides: Partial<MetricsResult> = {}): MetricsResult {
  return {
    query: { from: '2026-11-01', to: '2026-11-03', tz: 'UTC' },
    generatedAt: '2026-11-03T12:00:00.000Z',
    indicators: indicatorsFixture(),
    modules: [
      { module: 'sense', interactionMs: 120_000, engagedSessions: 10, interactions: 40, interactionMsPerSession: 12_000, interactionFrequency: 4 },
      { module: 'think', interactionMs: 0, engagedSessions: 0, interactions: 0, interactionMsPerSession: null, interactionFrequency: null },
    ],
    quiz: {
      steps: [
        { key: 'view', label: 'Viewed', sessions: 100, dropOff: null },
        { key: 'start', label: 'Started', sessions: 40, dropOff: 0.6 },
        { key: 'q1', label: 'Question 1', sessions: 30, dropOff: 0.25 },
        { key: 'complete', label: 'Completed', sessions: 20, dropOff: 1 / 3 },
        { key: 'cta', label: 'CTA', sessions: 5, dropOff: 0.75 },
      ],
      questions: [{ question: 1, answered: 30, dropOff: 0.25, answers: [{ question_id: 'room', answer_id: 'living', count: 20 }, { question_id: 'room', answer_id: 'office', count: 10 }] }],
    },
    story: { pages: [{ page: 1, sessions: 50 }, { page: 2, sessions: 25 }], completed: 10, completionRate: 0.2 },
    media: [
      { channel: 'Email', indicators: indicatorsFixture({ visits: 700, visitors: 600, conversionRate: 0.09 }), outcomes: outcomeSummaryFixture() },
      {
        channel: 'Paid Social',
        indicators: indicatorsFixture({ visits: 534, visitors: 387, conversionRate: null }),
        outcomes: outcomeSummaryFixture({ visitors: 387, cartVisitors: 0, orderVisitors: 0, addToCartRate: 0, orderConversion: 0, orders: 0, currency: 'USD', revenue: 0, revenuePerVisitor: 0, averageOrderValue: null }),
      },
    ],
    campaigns: [],
    counts: { hotspotsOpened: 11, variantsSelected: 12, arLaunched: 3, ctaClicked: 14, shared: 2, quizCompleted: 20, storyCompleted: 10 },
    series: {
      days: ['2026-11-01', '2026-11-02', '2026-11-03'],
      visits: [10, 20, 30],
      visitors: [8, 15, 25],
      loads: [12, 22, 33],
      views: [9, 18, 28],
      engagedMs: [60_000, 0, 185_000],
      interactions: [5, 6, 7],
      ctaClicked: [1, 0, 2],
    },
    experiments: [experimentFixture()],
    outcomes: outcomesFixture(),
    showrooms: ['aster-chair', 'oak-table'],
    unknown: { showrooms: 0, experiments: 0, arms: 0 },
    ...overrides,
  };
}
