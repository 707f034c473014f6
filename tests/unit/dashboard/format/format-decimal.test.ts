import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../../packages/dashboard/src/format/format-decimal.js';

describe('formatDecimal', () => {
  it.each([
    [null, '—'],
    [2, '2.0'],
    [4.84, '4.8'],
    [1234.56, '1,234.6'],
  ])('writes %s as %s', (value, text) => {
    expect(formatDecimal(value)).toBe(text);
  });
});
