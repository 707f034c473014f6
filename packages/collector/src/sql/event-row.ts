/** One stored event: a row of the `events` table, in camelCase. */
export interface EventRow {
  messageId: string;
  type: string;
  event: string | null;
  anonymousId: string | null;
  userId: string | null;
  /** `context.sessionId` of the message, as text. */
  sessionId: string | null;
  writeKey: string | null;
  /** When it happened, skew-corrected to the server's clock (ms since the epoch). */
  timestamp: number;
  /** The message's own `timestamp`, as sent (ISO 8601). */
  originalTimestamp: string | null;
  /** The message's or the batch's `sentAt`, as sent (ISO 8601). */
  sentAt: string | null;
  /** When the request arrived, server clock (ms since the epoch). */
  receivedAt: number;
  /** `properties` as JSON text. */
  properties: string | null;
  /** `context` (batch context merged under the message's) as JSON text. */
  context: string | null;
  /** The message as received, as JSON text. */
  json: string;
}
