import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../../../packages/collector/src/metrics/two-proportion-z-test.js';

describe('twoProportionZTest', () => {
  it('gives the pooled z and the two-sided p-value of 100/1000 against 130/1000', () => {
    // p = 230/2000 = 0.115; se = √(0.115 · 0.885 · (1/1000 + 1/1000)) = √0.00020355 = 0.0142671;
    // z = (0.13 - 0.10) / 0.0142671 = 2.10274; p = 2 · (1 - Φ(2.10274)) = 2 · 0.017744 = 0.035489.
    const test = twoProportionZTest(100, 1000, 130, 1000)!;
    expect(test.z).toBeCloseTo(2.10274, 4);
    expect(test.pValue).toBeCloseTo(0.035489, 5);
  });

  it('is symmetric: swapping the groups flips z, not the p-value', () => {
    const test = twoProportionZTest(130, 1000, 100, 1000)!;
    expect(test.z).toBeCloseTo(-2.10274, 4);
    expect(test.pValue).toBeCloseTo(0.035489, 5);
  });

  it('gives p = 1 for equal rates: 20/200 against 10/100', () => {
    expect(twoProportionZTest(20, 200, 10, 100)).toEqual({ z: 0, pValue: 1 });
  });

  it.each<[number, number, number, number]>([
    [0, 0, 5, 10], // an empty group
    [0, 10, 0, 10], // both 0 %: se = 0
    [10, 10, 5, 5], // both 100 %
  ])('has no answer for %d/%d against %d/%d', (x1, n1, x2, n2) => {
    expect(twoProportionZTest(x1, n1, x2, n2)).toBeNull();
  });
});
