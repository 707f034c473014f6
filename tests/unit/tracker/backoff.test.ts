import { describe, expect, it } from 'vitest';
import { backoff } from '../../../packages/tracker/src/backoff.js';

describe('backoff', () => {
  it.each([
    // attempt, random, expected ms (base 1 s, cap 5 min)
    [1, 1, 1_000],
    [2, 1, 2_000],
    [3, 1, 4_000],
    [3, 0.5, 2_000],
    [4, 0, 0],
    [10, 1, 300_000],
    [50, 1, 300_000],
  ])('waits up to base * 2^(attempt-1), scaled by the jitter: attempt %i, random %d -> %i ms', (attempt, random, ms) => {
    expect(backoff(attempt, random)).toBe(ms);
  });

  it('spreads clients that failed together over the whole window (full jitter)', () => {
    const delays = Array.from({ length: 1_000 }, () => backoff(5));
    expect(Math.min(...delays)).toBeLessThan(2_000);
    expect(Math.max(...delays)).toBeGreaterThan(14_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(16_000);
  });
});
