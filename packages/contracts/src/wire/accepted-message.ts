/** The Segment Spec message types the collector accepts. */
export const MESSAGE_TYPES = ['track', 'page', 'identify', 'screen', 'group', 'alias'] as const;

export type MessageType = (typeof MESSAGE_TYPES)[number];

/**
 * One Segment Spec message as the collector accepts it, from Vitrine's tracker or any other client
 * (Segment's and RudderStack's SDKs), after validation; unknown fields are kept as they came.
 */
export interface AcceptedMessage {
  messageId: string;
  type: MessageType;
  // null is accepted wherever absence is: Segment's libraries send `userId: null`.
  event?: string | null;
  anonymousId?: string | null;
  userId?: string | null;
  /** ISO 8601, the client's clock when the event happened. */
  timestamp?: string | null;
  /** ISO 8601, the client's clock when the message was sent (single-message routes). */
  sentAt?: string | null;
  properties?: Record<string, unknown> | null;
  context?: Record<string, unknown> | null;
  [field: string]: unknown;
}
