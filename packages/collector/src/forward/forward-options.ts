/** Where and how the collector re-posts every accepted batch (Segment, RudderStack, Jitsu...). */
export interface ForwardOptions {
  /** The upstream batch URL, e.g. `https://api.segment.io/v1/batch`. No default. */
  url: string;
  /**
   * The upstream's write key. Default: the write key of the incoming request, when it came as
   * Basic auth or `?writeKey=` (a key in the body travels in the unchanged body anyway).
   */
  writeKey?: string;
  /** Sends the write key as the Basic auth user name (Segment, RudderStack); `false` sends it as `?writeKey=`. Default true. */
  basicAuth?: boolean;
  /** How long one attempt may take before it counts as failed (ms). Default 10_000. */
  timeoutMs?: number;
  /** First retry delay; each later one doubles, with jitter, up to 60 s (ms). Default 1_000. */
  retryBaseMs?: number;
  /** How long a batch is retried before it is dropped, counted and logged (ms). Default 3_600_000 (1 hour). */
  giveUpAfterMs?: number;
  /** Most bytes of batches waiting to be forwarded; a batch past it is dropped, counted and logged. Default 64 MiB. */
  maxQueueBytes?: number;
}
