/** The prefix of the visitor key of a visitor known by userId only. */
export const USER_VISITOR_PREFIX = 'user:';

/**
 * Whom the rollups count an event for: its anonymousId, or failing that its userId under
 * USER_VISITOR_PREFIX (a server-side client such as analytics-node may send only a userId).
 * An event with neither is counted for no one. The SQL twin is VISITOR_KEY_SQL in rollup-event.ts.
 */
export function visitorKey(anonymousId: string | null, userId: string | null): string | null {
  if (anonymousId !== null) return anonymousId;
  return userId === null ? null : USER_VISITOR_PREFIX + userId;
}
