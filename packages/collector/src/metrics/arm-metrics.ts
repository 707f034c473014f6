import type { ExperimentMetric, MetricSample } from '@vitrine/contracts';
import type { ArmOutcomes } from './arm-outcomes.js';
import { rate } from './rate.js';

const sample = (n: number, sum: number, sumSquares: number): MetricSample => ({ n, sum, sumSquares, mean: rate(sum, n) });
// A visitor converted (1) or not (0): Σx = Σx² = the converted visitors.
const converted = (n: number, visitors: number): MetricSample => sample(n, visitors, visitors);

/** An arm's sample of every experiment metric from its visitors, those who clicked a CTA, and its credited carts and orders (none: undefined). */
export function armMetrics(visitors: number, ctaVisitors: number, outcomes: ArmOutcomes | undefined): Record<ExperimentMetric, MetricSample> {
  return {
    cta: converted(visitors, ctaVisitors),
    'add-to-cart': converted(visitors, outcomes?.cartVisitors ?? 0),
    order: converted(visitors, outcomes?.orderVisitors ?? 0),
    'revenue-per-visitor': sample(visitors, outcomes?.revenue ?? 0, outcomes?.revenueSquares ?? 0),
  };
}
