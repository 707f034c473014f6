import { describe, expect, it } from 'vitest';
import { alwaysValidComparison, type ArmSample } from '../../../../packages/collector/src/metrics/always-valid-comparison.js';
import type { MetricsContext } from '../../../../packages/collector/src/metrics/metrics-context.js';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import type { MetricsQuery } from '../../../../packages/contracts/src/index.js';
import { at, showroomRow } from '../rollups/showroom-row.js';
import { SUBJECTS } from '../store/conformance/store-subjects.js';
import { shopRow } from './shop-row.js';

const ARM_VISITORS = 120;
const query: MetricsQuery = { from: '2024-05-01', to: '2024-05-01', tz: 'UTC' };
const context: MetricsContext = {
  now: at(24 * 60),
  experimentDesign: (id) =>
    id === 'showroom-holdout'
      ? { arms: [{ id: 'held', weight: 1, holdout: 'none' }, { id: 'a', weight: 1 }, { id: 'b', weight: 1 }], primaryMetric: 'revenue-per-visitor', guardrails: ['add-to-cart'] }
      : undefined,
};

/**
 * 120 visitors in each arm of `showroom-holdout`, each exposed once. Held out: 10 add to cart, 6
 * order €50. Arm a: 30 add to cart, 24 order €50. Arm b: 20 add to cart, 12 order: b-0 twice
 * (€50 and €30), b-1..b-10 €50, b-11 $40 (an order, but no revenue in the report's euros). And
 * `early`, in arm a the day before, orders in the range: credited to a visit before it, not counted.
 */
function fixture(): EventRow[] {
  const rows: EventRow[] = [
    showroomRow('Experiment Viewed', at(-12 * 60), { visitor: 'early', experiments: { 'showroom-holdout': 'a' }, experiment_id: 'showroom-holdout', arm_id: 'a' }),
    shopRow('Order Completed', at(0), { visitor: 'early', order_id: 'early-1', revenue: 500, currency: 'EUR' }),
  ];
  let minute = 0;
  const plan = { held: { carts: 10, orders: 6 }, a: { carts: 30, orders: 24 }, b: { carts: 20, orders: 12 } };
  for (const [arm, { carts, orders }] of Object.entries(plan)) {
    for (let i = 0; i < ARM_VISITORS; i++) {
      const visitor = `${arm}-${i}`;
      const m = minute++;
      rows.push(showroomRow('Experiment Viewed', at(m), { visitor, experiments: { 'showroom-holdout': arm }, experiment_id: 'showroom-holdout', arm_id: arm }));
      if (i < carts) rows.push(shopRow('Product Added', at(m) + 1_000, { visitor, product_id: 'chair', price: 50, quantity: 1 }));
      if (i >= orders) continue;
      const [revenue, currency] = arm === 'b' && i === 11 ? [40, 'USD'] : [50, 'EUR'];
      rows.push(shopRow('Order Completed', at(m) + 2_000, { visitor, order_id: `${visitor}-1`, revenue, currency }));
      if (arm === 'b' && i === 0) rows.push(shopRow('Order Completed', at(m) + 3_000, { visitor, order_id: `${visitor}-2`, revenue: 30, currency: 'EUR' }));
    }
  }
  return rows;
}

const binary = (sum: number): ArmSample => ({ n: ARM_VISITORS, sum, sumSquares: sum });
const comparison = (baseline: ArmSample, arm: ArmSample) => alwaysValidComparison(baseline, arm)!;

describe.each(SUBJECTS)('experiments of GET /api/metrics on $name', (subject) => {
  it('samples every arm the same when the figures are filtered to one arm', { timeout: 30_000 }, async () => {
    const store = await subject.open();
    try {
      await store.insertMany(fixture());
      const [whole] = (await store.metrics(query, context)).experiments;
      const [filtered] = (await store.metrics({ ...query, experiment: 'showroom-holdout', arm: 'a' }, context)).experiments;
      // The outcomes are arm a's alone; the experiment's report still folds every arm's carts and orders.
      expect(filtered!.arms).toEqual(whole!.arms);
      expect(filtered!.showroomEffect).toEqual(whole!.showroomEffect);
    } finally {
      await store.close();
    }
  });

  it('samples every metric per arm from the credited carts and orders, and compares them with the hold-out', { timeout: 30_000 }, async () => {
    const store = await subject.open();
    try {
      await store.insertMany(fixture());
      const [report] = (await store.metrics(query, context)).experiments;
      expect(report).toMatchObject({ experiment_id: 'showroom-holdout', primaryMetric: 'revenue-per-visitor', guardrails: ['add-to-cart'], currency: 'EUR' });
      expect(report!.arms.map((arm) => [arm.arm_id, arm.holdout, arm.exposures, arm.metrics])).toEqual([
        [
          'held',
          'none',
          120,
          {
            cta: { n: 120, sum: 0, sumSquares: 0, mean: 0 },
            'add-to-cart': { n: 120, sum: 10, sumSquares: 10, mean: 10 / 120 },
            order: { n: 120, sum: 6, sumSquares: 6, mean: 0.05 },
            'revenue-per-visitor': { n: 120, sum: 300, sumSquares: 15_000, mean: 2.5 },
          },
        ],
        ['a', undefined, 120, expect.objectContaining({ order: { n: 120, sum: 24, sumSquares: 24, mean: 0.2 }, 'revenue-per-visitor': { n: 120, sum: 1_200, sumSquares: 60_000, mean: 10 } })],
        // b-0's two orders are one visitor's €80; b-11's dollars are no euros.
        ['b', undefined, 120, expect.objectContaining({ order: { n: 120, sum: 12, sumSquares: 12, mean: 0.1 }, 'revenue-per-visitor': { n: 120, sum: 580, sumSquares: 80 ** 2 + 10 * 50 ** 2, mean: 580 / 120 } })],
      ]);

      // The primary metric first, then the guardrail, then the others; every arm against the hold-out.
      expect(report!.metrics.map((metric) => [metric.metric, metric.role, metric.comparisons.map((c) => [c.arm_id, c.baseline_arm_id])])).toEqual([
        ['revenue-per-visitor', 'primary', [['a', 'held'], ['b', 'held']]],
        ['add-to-cart', 'guardrail', [['a', 'held'], ['b', 'held']]],
        ['cta', 'other', [['a', 'held'], ['b', 'held']]],
        ['order', 'other', [['a', 'held'], ['b', 'held']]],
      ]);
      const heldRevenue = { n: 120, sum: 300, sumSquares: 15_000 };
      const aRevenue = comparison(heldRevenue, { n: 120, sum: 1_200, sumSquares: 60_000 });
      expect(report!.metrics[0]!.comparisons[0]).toEqual({ arm_id: 'a', baseline_arm_id: 'held', difference: 7.5, interval: aRevenue.interval, pValue: aRevenue.pValue, verdict: 'undecided' });
      const bCarts = comparison(binary(10), binary(20));
      expect(report!.metrics[1]!.comparisons[1]).toEqual({ arm_id: 'b', baseline_arm_id: 'held', difference: 10 / 120, interval: bCarts.interval, pValue: bCarts.pValue, verdict: 'not-worse-yet' });
      // CTA conversion, as before, in `comparisons`.
      expect(report!.comparisons).toEqual(report!.metrics[2]!.comparisons);

      // The showroom's effect: a and b pooled (36 of 240 ordered, €1,780) against the hold-out.
      const order = comparison(binary(6), { n: 240, sum: 36, sumSquares: 36 });
      const revenue = comparison(heldRevenue, { n: 240, sum: 1_780, sumSquares: 60_000 + 80 ** 2 + 10 * 50 ** 2 });
      expect(report!.showroomEffect).toEqual({
        holdout_arm_id: 'held',
        holdout: 'none',
        order: {
          shown: 0.15,
          heldOut: 0.05,
          difference: expect.closeTo(0.1, 12),
          interval: order.interval,
          relative: expect.closeTo(2, 12),
          relativeInterval: [order.interval[0] / 0.05, order.interval[1] / 0.05],
          pValue: order.pValue,
          // Three times the hold-out's orders, but 120 held-out visitors are too few to say so yet.
          verdict: 'undecided',
        },
        revenuePerVisitor: {
          shown: 1_780 / 240,
          heldOut: 2.5,
          difference: 1_780 / 240 - 2.5,
          interval: revenue.interval,
          relative: (1_780 / 240 - 2.5) / 2.5,
          relativeInterval: [revenue.interval[0] / 2.5, revenue.interval[1] / 2.5],
          pValue: revenue.pValue,
          verdict: 'undecided',
        },
      });
      expect(report!.enoughData).toBe(false);

      // Without a published config: CTA conversion decides, the first arm seen is the baseline, no hold-out.
      const [plain] = (await store.metrics(query, { ...context, experimentDesign: () => undefined })).experiments;
      expect(plain).toMatchObject({ primaryMetric: 'cta', guardrails: [], showroomEffect: null });
      expect(plain!.metrics.map((metric) => [metric.metric, metric.role, metric.comparisons[0]?.baseline_arm_id])).toEqual([
        ['cta', 'primary', 'held'],
        ['add-to-cart', 'other', 'held'],
        ['order', 'other', 'held'],
        ['revenue-per-visitor', 'other', 'held'],
      ]);
    } finally {
      await store.close();
    }
  });
});
