import type { EventRow } from './event-row.js';

/** The `events` table's columns in insert order, each with its EventRow key. */
export const EVENT_COLUMNS = {
  message_id: 'messageId',
  type: 'type',
  event: 'event',
  anonymous_id: 'anonymousId',
  user_id: 'userId',
  session_id: 'sessionId',
  write_key: 'writeKey',
  timestamp: 'timestamp',
  original_timestamp: 'originalTimestamp',
  sent_at: 'sentAt',
  received_at: 'receivedAt',
  properties: 'properties',
  context: 'context',
  json: 'json',
} as const satisfies Record<string, keyof EventRow>;
