/** The limits of Segment's HTTP tracking API, so a client written for Segment fits Vitrine too. */
export const INGEST_LIMITS = {
  /** Largest request body, in bytes (500 KB). */
  maxBodyBytes: 500 * 1024,
  /** Largest single message, as JSON bytes (32 KB). */
  maxMessageBytes: 32 * 1024,
  /** Most messages in one batch. */
  maxBatchMessages: 2500,
  /**
   * Deepest nesting of objects and arrays, the body itself being level 1 (Vitrine's own limit:
   * Segment names none). A tracker's message is 4 levels inside a batch; 64 leaves custom
   * properties room while a walk of the value stays far from the stack's limit.
   */
  maxJsonDepth: 64,
} as const;
