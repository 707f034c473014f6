import type { BucketLimit } from './token-bucket.js';

/** Ingest rate limits, in requests per second. A request must pass both. */
export interface RateLimitOptions {
  /** Per write key. Default `{ rate: 50, burst: 200 }` requests/s; `false`: no limit per key. */
  perWriteKey?: BucketLimit | false;
  /** Per client IP address. Default `{ rate: 20, burst: 100 }` requests/s; `false`: no limit per IP. */
  perIp?: BucketLimit | false;
}
