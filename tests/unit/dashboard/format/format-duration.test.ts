import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../../packages/dashboard/src/format/format-duration.js';

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [0, '0.0 s'],
    [850, '0.9 s'],
    [9_949, '9.9 s'],
    [9_950, '10 s'],
    [42_000, '42 s'],
    [59_400, '59 s'],
    [60_000, '1 min 0 s'],
    [185_000, '3 min 5 s'],
    [3_599_000, '59 min 59 s'],
    [7_380_000, '2 h 3 min'],
  ])('writes %s ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
