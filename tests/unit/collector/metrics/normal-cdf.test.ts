import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../../packages/collector/src/metrics/normal-cdf.js';

describe('normalCdf', () => {
  // Values of Φ from any statistics table.
  it.each<[number, number]>([
    [0, 0.5],
    [1.959964, 0.975],
    [-1, 0.158655],
    [2.575829, 0.995],
    [-3, 0.00135],
  ])('Φ(%d) is %d', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 5);
  });
});
