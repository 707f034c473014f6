/**
 * How long to wait before retry number `attempt` (1 for the first retry): "full jitter", a random
 * delay between 0 and an exponentially growing ceiling, so that many clients that failed together
 * do not come back together (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 */
export function backoff(
  attempt: number,
  random: number = Math.random(),
  base = 1_000, // ms
  cap = 300_000, // ms
): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(random * ceiling);
}
