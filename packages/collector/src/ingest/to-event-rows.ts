import type { EventRow } from '../sql/event-row.js';
import type { IngestRequest } from './check-ingest-body.js';
import { eventTime } from './event-time.js';

/** Turns every message of a checked request into the row stored for it (the client's own timestamp kept as originalTimestamp). */
export function toEventRows(request: IngestRequest, receivedAt: number, writeKey: string | undefined): EventRow[] {
  return request.messages.map(({ message, json }) => {
    // Segment merges a batch-level context under each message's own.
    const context = request.context || message.context ? { ...request.context, ...message.context } : undefined;
    const sessionId = context?.['sessionId'];
    const sentAt = message.sentAt ?? request.sentAt ?? null;
    return {
      messageId: message.messageId,
      type: message.type,
      event: message.event ?? null,
      anonymousId: message.anonymousId ?? null,
      userId: message.userId ?? null,
      sessionId: typeof sessionId === 'string' || typeof sessionId === 'number' ? String(sessionId) : null,
      writeKey: writeKey ?? null,
      timestamp: eventTime(receivedAt, sentAt, message.timestamp).timestamp,
      originalTimestamp: message.timestamp ?? null,
      sentAt,
      receivedAt,
      properties: message.properties ? JSON.stringify(message.properties) : null,
      context: context ? JSON.stringify(context) : null,
      json,
    };
  });
}
