import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../../packages/dashboard/src/format/format-percent.js';

describe('formatPercent', () => {
  it.each([
    [null, '—'],
    [0, '0%'],
    [0.1234, '12.3%'],
    [0.5, '50%'],
    [1, '100%'],
  ])('writes the rate %s as %s', (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });
});
