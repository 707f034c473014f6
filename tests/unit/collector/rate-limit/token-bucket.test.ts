import { describe, expect, it } from 'vitest';
import { isFull, takeToken, type Bucket } from '../../../../packages/collector/src/rate-limit/token-bucket.js';

const limit = { rate: 2, burst: 3 }; // 2 tokens/s, 3 at most

describe('takeToken', () => {
  it.each<[string, Bucket | undefined, number, boolean, number, number]>([
    // name, bucket before, now (ms), allowed, tokens after, retryAfterMs
    ['starts a new bucket full, then takes one', undefined, 1_000, true, 2, 0],
    ['takes the last whole token', { tokens: 1, at: 0 }, 0, true, 0, 0],
    ['refuses an empty bucket, naming the wait for one token', { tokens: 0, at: 0 }, 0, false, 0, 500],
    ['refills at `rate` per second', { tokens: 0, at: 0 }, 500, true, 0, 0],
    ['waits only for the missing part of a token', { tokens: 0.5, at: 0 }, 0, false, 0.5, 250],
    ['never refills past `burst`', { tokens: 0, at: 0 }, 60_000, true, 2, 0],
    ['does not refill when the clock steps backwards', { tokens: 0, at: 5_000 }, 1_000, false, 0, 500],
  ])('%s', (_name, bucket, now, allowed, tokens, retryAfterMs) => {
    const take = takeToken(bucket, limit, now);
    expect(take.allowed).toBe(allowed);
    expect(take.bucket.tokens).toBeCloseTo(tokens);
    expect(take.bucket.at).toBe(now);
    expect(take.retryAfterMs).toBe(retryAfterMs);
  });

  it('allows exactly `burst` requests at once, then `rate` per second', () => {
    let bucket: Bucket | undefined;
    const allowedAt = (now: number): boolean => {
      const take = takeToken(bucket, limit, now);
      bucket = take.bucket;
      return take.allowed;
    };
    expect([0, 0, 0, 0].map(allowedAt)).toEqual([true, true, true, false]);
    expect([499, 501, 501, 1_001].map(allowedAt)).toEqual([false, true, false, true]);
  });
});

describe('isFull', () => {
  it.each<[Bucket, number, boolean]>([
    [{ tokens: 3, at: 0 }, 0, true],
    [{ tokens: 2, at: 0 }, 499, false],
    [{ tokens: 2, at: 0 }, 500, true],
    [{ tokens: 0, at: 0 }, 1_500, true],
  ])('%o at %i ms is full: %s', (bucket, now, full) => {
    expect(isFull(bucket, limit, now)).toBe(full);
  });
});
