/**
 * How long to wait before retry number `attempt` (1 for the first retry): "full jitter", a random
 * delay between 0 and an exponentially growing ceiling, so that many clients that failed together
 * do not come back together (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 * The ceiling stops at 5 s: an outage (a restart, a deploy) then costs its own length plus at
 * most 5 s, and a refused connection or a 5xx costs the server little. A server that needs a
 * longer pause says so with `Retry-After`, which is obeyed instead.
 */
export function backoff(
  attempt: number,
  random: number = Math.random(),
  base = 1_000, // ms
  cap = 5_000, // ms
): number {
  return Math.round(random * Math.min(cap, base * 2 ** Math.max(0, attempt - 1)));
}
