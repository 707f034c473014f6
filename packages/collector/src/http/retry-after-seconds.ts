/** A Retry-After value: whole seconds, rounded up, at least 1 (0 would invite an instant retry storm). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
