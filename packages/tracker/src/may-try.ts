/** The backoff every tab obeys: [when the next try may be (ms since the epoch), failed tries, 1 when the server set the wait]. */
export type RetryState = [at: number, attempt: number, asked: number];

/** A tab probes at most this often during a backoff. */
export const PROBE_GAP = 2_000; // ms

/**
 * Whether a send may go at `now`. After the wait, always. While the server's own wait is in force
 * (its `Retry-After`, or a 429), never: it said when. During our own backoff (after a network
 * error or a 5xx), when `probed` is PROBE_GAP old, where `probed` says what kind of send asks:
 * `now` for the queue's timer (it waits), when this tab last probed for news that may end an
 * outage (an event tracked, the page visible again, back online, an explicit flush), and 0 for
 * the page-hide send, which always goes: it is the last chance before the shopper leaves.
 */
export function mayTry([at, , asked]: RetryState, now: number, probed: number): boolean {
  return at <= now || (!asked && now - probed >= PROBE_GAP);
}
