/** A visit ends after this long without an event (GA4's and Plausible's 30 minutes), ms. */
export const SESSION_GAP_MS = 30 * 60_000;

/** Rollups are bucketed by visit start in 15-minute steps: every real UTC offset is a multiple. */
export const BUCKET_MS = 15 * 60_000;

/** The 15-minute bucket `ms` falls in, as its first ms. */
export const bucketOf = (ms: number): number => Math.floor(ms / BUCKET_MS) * BUCKET_MS;
