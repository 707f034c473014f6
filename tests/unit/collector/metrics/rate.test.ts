import { describe, expect, it } from 'vitest';
import { rate } from '../../../../packages/collector/src/metrics/rate.js';

describe('rate', () => {
  it.each<[number, number, number | null]>([
    [3, 4, 0.75], // 3 views of 4 loads: 3 / 4
    [0, 5, 0],
    [7, 0, null], // nothing to divide by: unknown, not 0 or Infinity
  ])('rate(%d, %d) is %s', (part, whole, expected) => {
    expect(rate(part, whole)).toBe(expected);
  });
});
