import type { BucketLimit } from './token-bucket.js';

/** Ingest rate limits, in requests per second. A request must pass both. */
export interface RateLimitOptions {
  /** Per write key. Default `{ rate: 1_000, burst: 5_000 }` requests/s (every visitor of a site shares it); `false`: no limit per key. */
  perWriteKey?: BucketLimit | false;
  /** Per client IP address. Default `{ rate: 20, burst: 100 }` requests/s; `false`: no limit per IP. */
  perIp?: BucketLimit | false;
}
