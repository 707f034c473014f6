import type { EventRow } from '../store/event-row.js';
import { correctTimestamp } from './correct-timestamp.js';
import type { IngestRequest } from './check-ingest-body.js';

/** Turns every message of a checked request into the row stored for it. */
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
      timestamp: correctTimestamp(receivedAt, sentAt, message.timestamp),
      originalTimestamp: message.timestamp ?? null,
      sentAt,
      receivedAt,
      properties: message.properties ? JSON.stringify(message.properties) : null,
      context: context ? JSON.stringify(context) : null,
      json,
    };
  });
}
