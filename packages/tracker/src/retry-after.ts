/**
 * A `Retry-After` header in ms from `now`: either delay-seconds or an HTTP date
 * (https://httpwg.org/specs/rfc9110.html#field.retry-after). Undefined when absent or unreadable.
 */
export function retryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  // Date.parse reads "-5" as the year 5 BC: an HTTP date always names its day and month.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
