import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';

let counter = 0;

/** A stored event of the shop's own (Product Added, Order Completed): no showroom properties. */
export function shopRow(event: string, at: number, { visitor = null as string | null, userId = null as string | null, messageId = `shop-${++counter}`, ...properties }: Record<string, unknown> = {}): EventRow {
  return {
    messageId: messageId as string,
    type: 'track',
    event,
    anonymousId: visitor as string | null,
    userId: userId as string | null,
    sessionId: null,
    writeKey: null,
    timestamp: at,
    originalTimestamp: new Date(at).toISOString(),
    sentAt: null,
    receivedAt: at,
    properties: JSON.stringify(properties),
    context: null,
    json: '{}',
  };
}
