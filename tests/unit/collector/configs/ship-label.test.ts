import { describe, expect, it } from 'vitest';
import type { ShipFigures } from '../../../../packages/contracts/src/index.js';
import { shipLabel } from '../../../../packages/collector/src/configs/ship-label.js';

const visitors = { control: 12_345, b: 12_001 };
const cta: ShipFigures = { visitors, baseline: 'control', metric: 'cta', value: 0.0634, baselineValue: 0.04, difference: 0.0234, interval: [0.011, 0.0356], verdict: 'better', guardrails: [] };

describe('shipLabel', () => {
  it.each<[string, ShipFigures, string]>([
    [
      'a winner on CTA conversion with its interval',
      cta,
      'Shipped arm b of experiment e: CTA conversion 6.3% against 4% for control, +2.3 pp, 95 % interval +1.1 pp to +3.6 pp, verdict better; visitors control 12,345, b 12,001',
    ],
    [
      'order conversion with its guardrails',
      { ...cta, metric: 'order', guardrails: [{ metric: 'cta', verdict: 'not-worse' }, { metric: 'add-to-cart', verdict: 'not-worse-yet' }] },
      'Shipped arm b of experiment e: order conversion 6.3% against 4% for control, +2.3 pp, 95 % interval +1.1 pp to +3.6 pp, verdict better; guardrails CTA conversion not-worse, add-to-cart rate not-worse-yet; visitors control 12,345, b 12,001',
    ],
    [
      'revenue per visitor in its currency',
      { ...cta, metric: 'revenue-per-visitor', value: 8.4, baselineValue: 4.8, difference: 3.6, interval: [-1.25, 8.45], verdict: 'undecided', currency: 'EUR', guardrails: [{ metric: 'order', verdict: 'worse' }] },
      'Shipped arm b of experiment e: revenue per visitor €8.40 against €4.80 for control, +€3.60, 95 % interval -€1.25 to +€8.45, verdict undecided; guardrails order conversion worse; visitors control 12,345, b 12,001',
    ],
    [
      'an arm still collecting, without a difference or interval',
      { ...cta, visitors: { control: 0, b: 3 }, value: 0, baselineValue: null, difference: null, interval: null, verdict: 'collecting' },
      'Shipped arm b of experiment e: CTA conversion 0% against — for control, not compared yet, verdict collecting; visitors control 0, b 3',
    ],
    [
      'the baseline kept',
      { ...cta, metric: 'order', value: 0.04, difference: null, interval: null, verdict: 'baseline' },
      'Shipped arm b (the baseline) of experiment e, ending it: order conversion 4%; visitors control 12,345, b 12,001',
    ],
  ])('records %s', (_, figures, label) => {
    expect(shipLabel('e', 'b', figures)).toBe(label);
  });
});
