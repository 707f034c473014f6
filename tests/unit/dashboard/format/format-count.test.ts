import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../packages/dashboard/src/format/format-count.js';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1234567, '1,234,567'],
  ])('writes %s as %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});
