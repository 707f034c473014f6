import { describe, expect, it } from 'vitest';
import { backoff } from '../../../packages/tracker/src/backoff.js';

describe('backoff', () => {
  it.each([
    // attempt, random, expected ms (base 1 s, cap 5 s)
    [1, 1, 1_000],
    [2, 1, 2_000],
    [3, 1, 4_000],
    [3, 0.5, 2_000],
    [4, 0, 0],
    [4, 1, 5_000],
    [10, 1, 5_000],
    [1_000, 1, 5_000],
  ])('waits up to base * 2^(attempt-1), at most 5 s, scaled by the jitter: attempt %i, random %d -> %i ms', (attempt, random, ms) => {
    expect(backoff(attempt, random)).toBe(ms);
  });

  it('spreads clients that failed together over the whole window (full jitter)', () => {
    const delays = Array.from({ length: 1_000 }, () => backoff(20));
    expect(Math.min(...delays)).toBeLessThan(500);
    expect(Math.max(...delays)).toBeGreaterThan(4_500);
    expect(Math.max(...delays)).toBeLessThanOrEqual(5_000);
  });
});
