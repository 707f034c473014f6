import type { BucketLimit } from './token-bucket.js';

/** A limit with either part left out taking the default's. */
type Limit = Partial<BucketLimit> | false;

/** Rate limits, in requests per second: an ingest request must pass both of the first two. */
export interface RateLimitOptions {
  /** Per write key. Default `{ rate: 1_000, burst: 5_000 }` requests/s (every visitor of a site shares it); `false`: no limit per key. */
  perWriteKey?: Limit;
  /** Per client IP address. Default `{ rate: 20, burst: 100 }` requests/s; `false`: no limit per IP. */
  perIp?: Limit;
  /**
   * Wrong admin tokens (login form or `Authorization: Bearer`) per client IP (IPv6: per /64).
   * Default `{ rate: 0.1, burst: 10 }`: ten wrong tries, then one every 10 s, each refused try
   * answered 429 with Retry-After; right tokens are not counted. `false`: no limit.
   */
  failedLogins?: Limit;
}
