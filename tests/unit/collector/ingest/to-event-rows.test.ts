import { describe, expect, it } from 'vitest';
import type { IngestRequest } from '../../../../packages/collector/src/ingest/check-ingest-body.js';
import type { AcceptedMessage } from '../../../../packages/contracts/src/index.js';
import { toEventRows } from '../../../../packages/collector/src/ingest/to-event-rows.js';

const receivedAt = Date.parse('2024-05-01T12:00:10.000Z');
const request = (message: AcceptedMessage, batch: Partial<IngestRequest> = {}): IngestRequest => ({
  messages: [{ message, json: JSON.stringify(message) }],
  ...batch,
});

describe('toEventRows', () => {
  it('fills every column of the row', () => {
    const message: AcceptedMessage = {
      messageId: 'm-1',
      type: 'track',
      event: 'Variant Selected',
      anonymousId: 'a-1',
      userId: null,
      timestamp: '2024-05-01T13:00:00.000Z',
      properties: { variant: 'red' },
      context: { sessionId: 'sess-1' },
    };
    const [row] = toEventRows(request(message, { sentAt: '2024-05-01T13:00:05.000Z' }), receivedAt, 'wk');
    expect(row).toEqual({
      messageId: 'm-1',
      type: 'track',
      event: 'Variant Selected',
      anonymousId: 'a-1',
      userId: null,
      sessionId: 'sess-1',
      writeKey: 'wk',
      timestamp: Date.parse('2024-05-01T12:00:05.000Z'),
      originalTimestamp: '2024-05-01T13:00:00.000Z',
      sentAt: '2024-05-01T13:00:05.000Z',
      receivedAt,
      properties: '{"variant":"red"}',
      context: '{"sessionId":"sess-1"}',
      json: JSON.stringify(message),
    });
  });

  it('merges the batch context under the message context', () => {
    const message: AcceptedMessage = { messageId: 'm', type: 'page', anonymousId: 'a', context: { page: { path: '/x' } } };
    const [row] = toEventRows(request(message, { context: { library: { name: 'vitrine' }, page: { path: '/' } } }), receivedAt, undefined);
    expect(JSON.parse(row?.context ?? '')).toEqual({ library: { name: 'vitrine' }, page: { path: '/x' } });
  });

  it.each<[string, unknown, string | null]>([
    ['a string', 's-1', 's-1'],
    ['a number, as text', 1714564800000, '1714564800000'],
    ['an object, as nothing', { id: 1 }, null],
  ])('stores context.sessionId given as %s', (_name, sessionId, stored) => {
    const message: AcceptedMessage = { messageId: 'm', type: 'page', anonymousId: 'a', context: { sessionId } };
    expect(toEventRows(request(message), receivedAt, undefined)[0]?.sessionId).toBe(stored);
  });

  it('prefers the message sentAt to the batch sentAt, and leaves absent fields null', () => {
    const message: AcceptedMessage = { messageId: 'm', type: 'identify', userId: 'u', sentAt: '2024-05-01T12:00:00.000Z' };
    const [row] = toEventRows(request(message, { sentAt: '2024-05-01T11:00:00.000Z' }), receivedAt, undefined);
    expect(row).toMatchObject({ sentAt: '2024-05-01T12:00:00.000Z', timestamp: receivedAt, event: null, properties: null, context: null, writeKey: null });
  });

  it('stores a timestamp past the future allowance at the receive time, the client’s kept as originalTimestamp', () => {
    const message: AcceptedMessage = { messageId: 'm', type: 'track', event: 'Showroom Loaded', anonymousId: 'a', timestamp: '9999-12-31T23:59:59.999Z' };
    const [row] = toEventRows(request(message), receivedAt, undefined);
    expect(row).toMatchObject({ timestamp: receivedAt, originalTimestamp: '9999-12-31T23:59:59.999Z', json: JSON.stringify(message) });
  });
});
