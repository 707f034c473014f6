import { describe, expect, it } from 'vitest';
import type { ExperimentMetric } from '../../../../packages/contracts/src/index.js';
import { formatMetric } from '../../../../packages/dashboard/src/format/format-metric.js';

describe('formatMetric', () => {
  it.each<[ExperimentMetric, number | null, boolean, string]>([
    ['order', 0.0512, false, '5.1%'],
    ['cta', 0.0123, true, '+1.2 pp'],
    ['add-to-cart', -0.02, true, '-2.0 pp'],
    ['revenue-per-visitor', 4.8, false, '€4.80'],
    ['revenue-per-visitor', 1.5, true, '+€1.50'],
    ['revenue-per-visitor', -1.25, true, '-€1.25'],
    ['order', null, true, '—'],
  ])('formats %s %s (a difference: %s) as %s', (metric, value, change, text) => {
    expect(formatMetric(metric, value, 'EUR', change)).toBe(text);
  });
});
