/**
 * CORS for any origin on every response: the tracker posts from shops' own domains, and a write
 * key is not a secret (it ships in every page), so there is nothing for an origin check to protect.
 * Retry-After is exposed so that the tracker's backoff can read it on a 429.
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
} as const;

/** Added to the answer to an `OPTIONS` preflight; cached by browsers for a day (86400 s). */
export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Max-Age': '86400',
} as const;
