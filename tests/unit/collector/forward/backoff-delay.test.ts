import { describe, expect, it } from 'vitest';
import { backoffDelay, MAX_BACKOFF_MS } from '../../../../packages/collector/src/forward/backoff-delay.js';

describe('backoffDelay', () => {
  it.each([
    // attempt, base, random, expected
    [0, 1_000, 0, 500],
    [0, 1_000, 0.999, 1_000],
    [1, 1_000, 0, 1_000],
    [3, 1_000, 0.5, 6_000],
    [10, 1_000, 0, MAX_BACKOFF_MS / 2],
    [10, 1_000, 0.999, 59_970],
  ])('waits, before retry %i with base %i ms and random %f, %i ms', (attempt, base, random, expected) => {
    expect(backoffDelay(attempt, base, random)).toBe(expected);
  });

  it('spreads the retries of collectors that failed together', () => {
    const delays = new Set([0.1, 0.4, 0.7].map((random) => backoffDelay(2, 1_000, random)));
    expect(delays.size).toBe(3);
  });
});
