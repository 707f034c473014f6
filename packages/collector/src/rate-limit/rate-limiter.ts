import { isFull, takeToken, type Bucket, type BucketLimit } from './token-bucket.js';

/** Token buckets by key (a write key, an IP), with a bounded number of keys in memory. */
export interface RateLimiter {
  /** Takes a token for `key`: 0 when allowed, else the ms to wait before retrying. */
  take(key: string): number;
  /** The ms `key` must wait before `take` would allow it, without taking a token; 0 when it may go now. */
  wait(key: string): number;
  /** Keys currently remembered. */
  readonly size: number;
}

export interface RateLimiterOptions {
  /** Most keys remembered; the least recently seen is forgotten first. Default 10_000 keys. */
  maxKeys?: number;
  /** The clock, in ms. Default `Date.now`; tests inject their own. */
  now?: () => number;
}

export function createRateLimiter(limit: BucketLimit, options: RateLimiterOptions = {}): RateLimiter {
  const { maxKeys = 10_000, now = Date.now } = options;
  // A Map iterates in insertion order; re-inserting on every take keeps it least-recent first.
  const buckets = new Map<string, Bucket>();

  const evict = (time: number): void => {
    for (const [key, bucket] of buckets) {
      // A full bucket is the same as no bucket, so forgetting it is free; past the cap, an
      // attacker cycling through keys (spoofed write keys) must not grow memory without bound.
      if (buckets.size > maxKeys || isFull(bucket, limit, time)) buckets.delete(key);
      else break;
    }
  };

  return {
    take(key) {
      const time = now();
      const result = takeToken(buckets.get(key), limit, time);
      buckets.delete(key);
      buckets.set(key, result.bucket);
      evict(time);
      return result.retryAfterMs;
    },
    wait(key) {
      const bucket = buckets.get(key);
      return bucket === undefined ? 0 : takeToken(bucket, limit, now()).retryAfterMs;
    },
    get size() {
      return buckets.size;
    },
  };
}
