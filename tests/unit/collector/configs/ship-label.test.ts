import { describe, expect, it } from 'vitest';
import { shipLabel } from '../../../../packages/collector/src/configs/ship-label.js';

const visitors = { control: 12_345, b: 12_001 };

describe('shipLabel', () => {
  it.each([
    [
      'a winner with its interval',
      { visitors, baseline: 'control', difference: 0.0234, interval: [0.011, 0.0356], verdict: 'better' },
      'Shipped arm b of experiment cta: CTA conversion +2.3 pp against control, 95 % interval +1.1 pp to +3.6 pp, verdict better; visitors control 12,345, b 12,001',
    ],
    [
      'an arm still collecting, without a difference or interval',
      { visitors: { control: 0, b: 3 }, baseline: 'control', difference: null, interval: null, verdict: 'collecting' },
      'Shipped arm b of experiment cta: CTA conversion not compared yet, verdict collecting; visitors control 0, b 3',
    ],
    [
      'the baseline kept',
      { visitors, baseline: 'control', difference: null, interval: null, verdict: 'baseline' },
      'Shipped arm b (the baseline) of experiment cta, ending it; visitors control 12,345, b 12,001',
    ],
  ] as const)('records %s', (_, figures, label) => {
    expect(shipLabel('cta', 'b', { ...figures, interval: figures.interval && [...figures.interval] })).toBe(label);
  });
});
