/** The longest wait between two attempts (ms), whatever the attempt count. */
export const MAX_BACKOFF_MS = 60_000;

/**
 * The wait before retry number `attempt` (0 for the first retry): `baseMs * 2^attempt`, capped
 * at MAX_BACKOFF_MS, then "equal jitter" (half fixed, half random) so that collectors that all
 * saw the same outage do not retry in lockstep, yet never retry at once.
 * `random` is in [0, 1), as Math.random.
 */
export function backoffDelay(attempt: number, baseMs: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
