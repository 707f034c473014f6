/**
 * CORS for any origin on every response: the tracker posts from shops' own domains, and a write
 * key is not a secret (it ships in every page), so there is nothing for an origin check to protect.
 * Retry-After is exposed so that the tracker's backoff can read it on a 429.
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
} as const;

/**
 * Added to the answer to an `OPTIONS` preflight; cached by browsers for a day (86400 s). Besides
 * `Content-Type` and Basic auth, the headers RudderStack's browser SDK (v3) sets on every request:
 * `AnonymousId` and `SentAt`, and `Rsa-*` on a retry; a preflight refusing one of them blocks the
 * request, and the SDK drops the event once its retries run out.
 */
export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers':
    'Content-Type, Authorization, AnonymousId, SentAt, Rsa-Recovered, Rsa-Retry-Attempt, Rsa-Since-First-Attempt, Rsa-Since-Last-Attempt, Rsa-Retry-Reason',
  'Access-Control-Max-Age': '86400',
} as const;
