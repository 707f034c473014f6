import { describe, expect, it } from 'vitest';
import { chiSquarePValue } from '../../../../packages/collector/src/metrics/chi-square-p-value.js';

describe('chiSquarePValue', () => {
  it.each<[number, number, number]>([
    // With 2 degrees of freedom the tail is exactly e^(-x/2): e^-2 = 0.135335, e^-5 = 0.0067379.
    [4, 2, 0.135335],
    [10, 2, 0.0067379],
    // Critical values from a chi-square table.
    [3.841459, 1, 0.05],
    [9.487729, 4, 0.05],
    [10.827566, 1, 0.001],
    // 1 degree of freedom is a squared normal: P(X ≥ 40) = 2 · (1 - Φ(√40)) = 2.5396e-10.
    [40, 1, 2.5396e-10],
    [0, 3, 1],
  ])('P(X ≥ %d | df = %d) is %d', (x, df, expected) => {
    const p = chiSquarePValue(x, df);
    expect(Math.abs(p - expected) / expected).toBeLessThan(1e-4);
  });

  it('refuses a degree of freedom of 0', () => {
    expect(() => chiSquarePValue(1, 0)).toThrow(/df must be positive/);
  });
});
