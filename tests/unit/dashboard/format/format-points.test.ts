import { describe, expect, it } from 'vitest';
import { formatPoints } from '../../../../packages/dashboard/src/format/format-points.js';

describe('formatPoints', () => {
  it.each([
    [null, '—'],
    [0, '0.0 pp'],
    [0.0234, '+2.3 pp'],
    [-0.05, '-5.0 pp'],
  ])('writes the difference %s as %s', (difference, text) => {
    expect(formatPoints(difference)).toBe(text);
  });
});
