/**
 * A Retry-After header (RFC 9110 §10.2.3) as ms to wait from `now`: delay-seconds or an HTTP
 * date. Undefined when the header is missing or neither form, so the caller's backoff applies.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date) || !/[a-z]/i.test(value)) return undefined;
  return Math.max(0, date - now);
}
