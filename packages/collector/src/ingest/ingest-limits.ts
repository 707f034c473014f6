/** The limits of Segment's HTTP tracking API, so a client written for Segment fits Vitrine too. */
export const INGEST_LIMITS = {
  /** Largest request body, in bytes (500 KB). */
  maxBodyBytes: 500 * 1024,
  /** Largest single message, as JSON bytes (32 KB). */
  maxMessageBytes: 32 * 1024,
  /** Most messages in one batch. */
  maxBatchMessages: 2500,
} as const;
