/** How fast a bucket refills and how much it holds. */
export interface BucketLimit {
  /** Tokens added per second, i.e. the sustained request rate (requests/s). Must be > 0. */
  rate: number;
  /** Most tokens the bucket holds, i.e. the requests allowed at once after a quiet spell. Must be ≥ 1. */
  burst: number;
}

/** A bucket's state: `tokens` left as of time `at` (ms). */
export interface Bucket {
  tokens: number;
  at: number;
}

/** The outcome of one `takeToken`: the new state, and when refused, how long until a token is back. */
export interface Take {
  bucket: Bucket;
  allowed: boolean;
  /** ms until one whole token is available; 0 when allowed. */
  retryAfterMs: number;
}

/**
 * Takes one token from a bucket at time `now` (ms). A missing bucket starts full. The clock is a
 * parameter so the rule is pure: callers (and tests) decide what time it is.
 */
export function takeToken(bucket: Bucket | undefined, limit: BucketLimit, now: number): Take {
  const start = bucket ?? { tokens: limit.burst, at: now };
  // A clock stepping backwards (NTP) must not drain or overfill the bucket: no refill then.
  const elapsed = Math.max(0, now - start.at);
  const tokens = Math.min(limit.burst, start.tokens + (elapsed * limit.rate) / 1000);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now }, allowed: true, retryAfterMs: 0 };
  return {
    bucket: { tokens, at: now },
    allowed: false,
    retryAfterMs: Math.ceil(((1 - tokens) * 1000) / limit.rate),
  };
}

/** Whether a bucket has refilled to `burst` by `now`, so forgetting it changes nothing. */
export function isFull(bucket: Bucket, limit: BucketLimit, now: number): boolean {
  return bucket.tokens + ((now - bucket.at) * limit.rate) / 1000 >= limit.burst;
}
