import { describe, expect, it } from 'vitest';
import { derivedMessageId } from '../../../../packages/collector/src/ingest/derived-message-id.js';

const message = { type: 'track', event: 'Quiz Started', userId: 'u-1', timestamp: '2024-05-01T12:00:00Z', sentAt: '2024-05-01T12:00:01Z' };

describe('derivedMessageId', () => {
  it('is recognisable and fits a messageId column', () => {
    expect(derivedMessageId(message, 'k')).toMatch(/^vitrine-[0-9a-f]{32}$/);
  });

  it.each<[string, Record<string, unknown>, string | undefined, boolean]>([
    // name, the other message, its write key, same id?
    ['the same message resent', { ...message }, 'k', true],
    ['its fields in another order', { sentAt: message.sentAt, timestamp: message.timestamp, userId: 'u-1', event: 'Quiz Started', type: 'track' }, 'k', true],
    ['a resend with a new sentAt', { ...message, sentAt: '2024-05-01T12:05:00Z' }, 'k', true],
    ['a single-message body carrying its write key', { ...message, writeKey: 'k' }, 'k', true],
    ['another write key', message, 'other', false],
    ['no write key', message, undefined, false],
    ['another timestamp', { ...message, timestamp: '2024-05-01T12:00:00.001Z' }, 'k', false],
    ['another property', { ...message, properties: { a: 1 } }, 'k', false],
  ])('for %s: same id %s', (_name, other, writeKey, same) => {
    expect(derivedMessageId(other, writeKey) === derivedMessageId(message, 'k')).toBe(same);
  });
});
