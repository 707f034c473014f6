import { describe, expect, it } from 'vitest';
import { derivedMessageId } from '../../../../packages/collector/src/ingest/derived-message-id.js';
import { normalizeMessage } from '../../../../packages/collector/src/ingest/normalize-message.js';

const base = { messageId: 'm-1', type: 'track', event: 'Quiz Started', anonymousId: 'a-1' };

describe('normalizeMessage', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    // name, message, what it becomes
    ['a message that needs nothing', base, base],
    ['a numeric userId and anonymousId', { ...base, userId: 42, anonymousId: 7 }, { ...base, userId: '42', anonymousId: '7' }],
    ['RudderStack\'s empty userId before identify', { ...base, userId: '' }, base],
    ['an empty anonymousId beside a userId', { ...base, anonymousId: '', userId: 'u-1' }, { messageId: 'm-1', type: 'track', event: 'Quiz Started', userId: 'u-1' }],
    ['zone-less times', { ...base, timestamp: '2024-05-01T12:00:00', sentAt: '2024-05-01T12:00:01.5' }, { ...base, timestamp: '2024-05-01T12:00:00Z', sentAt: '2024-05-01T12:00:01.5Z' }],
    ['RudderStack\'s originalTimestamp without timestamp', { ...base, originalTimestamp: '2024-05-01T12:00:00.000Z' }, { ...base, originalTimestamp: '2024-05-01T12:00:00.000Z', timestamp: '2024-05-01T12:00:00.000Z' }],
    ['originalTimestamp with timestamp null', { ...base, timestamp: null, originalTimestamp: '2024-05-01T12:00:00' }, { ...base, timestamp: '2024-05-01T12:00:00Z', originalTimestamp: '2024-05-01T12:00:00Z' }],
    ['originalTimestamp beside a timestamp', { ...base, timestamp: '2024-05-01T12:00:00Z', originalTimestamp: '2020-01-01T00:00:00Z' }, { ...base, timestamp: '2024-05-01T12:00:00Z', originalTimestamp: '2020-01-01T00:00:00Z' }],
    ['a bad originalTimestamp (left for the validator)', { ...base, originalTimestamp: 'now' }, { ...base, originalTimestamp: 'now' }],
    ['values of the wrong kind (left for the validator)', { ...base, userId: true, timestamp: 17 }, { ...base, userId: true, timestamp: 17 }],
  ])('normalises %s', (_name, message, expected) => {
    expect(normalizeMessage(message, 'k')).toEqual(expected);
  });

  it.each([undefined, null])('derives a messageId when it is %s, from the message as sent', (messageId) => {
    const { messageId: _id, ...rest } = base;
    const message = { ...rest, messageId, userId: 42 };
    expect(normalizeMessage(message, 'k')).toEqual({ ...rest, userId: '42', messageId: derivedMessageId(message, 'k') });
  });

  it.each(['hello', [1], null])('returns %j, not an object, as it is', (value) => {
    expect(normalizeMessage(value, 'k')).toEqual(value);
  });
});
