/** What the outcome rules read of a stored event: a RollupEvent's fields (rollups/ hands them in; outcomes/ sits below it). */
export interface CommerceEvent {
  event: string | null;
  messageId: string;
  /** The visitor key (anonymousId, else `user:` + userId). */
  visitor: string;
  /** ms since the epoch. */
  timestamp: number;
  properties: Record<string, unknown>;
}
