import { describe, expect, it } from 'vitest';
import { validateMessage } from '../../../../packages/collector/src/ingest/validate-message.js';

const valid = { messageId: 'm-1', type: 'track', event: 'Model Rotated', anonymousId: 'a-1' };

describe('validateMessage', () => {
  it.each<[string, unknown]>([
    ['a track message', valid],
    ['a page message without event', { messageId: 'm', type: 'page', userId: 'u' }],
    ['userId null next to an anonymousId', { ...valid, userId: null }],
    ['a 100-character messageId', { ...valid, messageId: 'x'.repeat(100) }],
    ['an ISO timestamp with an offset', { ...valid, timestamp: '2024-05-01T14:00:00+02:00' }],
    ['properties and context objects', { ...valid, properties: { a: 1 }, context: { sessionId: 1 } }],
    ['unknown fields', { ...valid, integrations: { All: true } }],
    ['a bad originalTimestamp beside a timestamp (not read)', { ...valid, timestamp: '2024-05-01T12:00:00Z', originalTimestamp: 'now' }],
    ['an emoji (a surrogate pair) in event and ids', { ...valid, event: 'Liked 👍', anonymousId: 'a-🪑' }],
    // JSON.stringify escapes both, so the JSON columns keep them exactly (unstorableText).
    ['a NUL and a lone surrogate inside properties and context', { ...valid, properties: { note: 'a\u0000\ud800' }, context: { page: { title: '\u0000' } } }],
  ])('accepts %s', (_name, message) => {
    expect(validateMessage(message, 'batch[0]')).toBeUndefined();
  });

  it.each<[string, unknown, string, string | undefined]>([
    // name, message, error, path
    ['a non-object', 'hello', 'batch[2] must be a JSON object', 'batch[2]'],
    ['an array', [], 'batch[2] must be a JSON object', 'batch[2]'],
    ['a missing messageId', { ...valid, messageId: undefined }, 'batch[2].messageId is required', 'batch[2].messageId'],
    ['an empty messageId', { ...valid, messageId: '' }, 'batch[2].messageId must be a string of 1 to 100 characters', 'batch[2].messageId'],
    ['a 101-character messageId', { ...valid, messageId: 'x'.repeat(101) }, 'batch[2].messageId must be a string of 1 to 100 characters', 'batch[2].messageId'],
    ['a numeric messageId', { ...valid, messageId: 7 }, 'batch[2].messageId must be a string of 1 to 100 characters', 'batch[2].messageId'],
    ['a missing type', { ...valid, type: undefined }, 'batch[2].type is required', 'batch[2].type'],
    ['an unknown type', { ...valid, type: 'click' }, 'batch[2].type must be one of track, page, identify, screen, group, alias', 'batch[2].type'],
    ['no anonymousId nor userId', { ...valid, anonymousId: undefined }, 'batch[2] needs an anonymousId or a userId', 'batch[2]'],
    ['an empty anonymousId', { ...valid, anonymousId: '' }, 'batch[2].anonymousId must be a non-empty string', 'batch[2].anonymousId'],
    ['a numeric userId', { ...valid, userId: 42 }, 'batch[2].userId must be a non-empty string', 'batch[2].userId'],
    ['a track without event', { ...valid, event: undefined }, 'batch[2].event is required for a track message', 'batch[2].event'],
    ['a non-string event', { ...valid, event: ['x'] }, 'batch[2].event must be a non-empty string', 'batch[2].event'],
    ['a date-only timestamp', { ...valid, timestamp: '2024-05-01' }, 'batch[2].timestamp must be an ISO 8601 date-time string, e.g. 2024-05-01T12:00:00.000Z', 'batch[2].timestamp'],
    ['a numeric timestamp', { ...valid, timestamp: 1714564800000 }, 'batch[2].timestamp must be an ISO 8601 date-time string, e.g. 2024-05-01T12:00:00.000Z', 'batch[2].timestamp'],
    ['a bad originalTimestamp in timestamp\'s place', { ...valid, originalTimestamp: 'now' }, 'batch[2].originalTimestamp must be an ISO 8601 date-time string, e.g. 2024-05-01T12:00:00.000Z', 'batch[2].originalTimestamp'],
    ['a bad sentAt', { ...valid, sentAt: 'now' }, 'batch[2].sentAt must be an ISO 8601 date-time string, e.g. 2024-05-01T12:00:00.000Z', 'batch[2].sentAt'],
    ['array properties', { ...valid, properties: [1] }, 'batch[2].properties must be a JSON object', 'batch[2].properties'],
    ['string context', { ...valid, context: 'x' }, 'batch[2].context must be a JSON object', 'batch[2].context'],
    ['a NUL in messageId', { ...valid, messageId: 'm\u0000' }, 'batch[2].messageId must not contain a NUL character (\\u0000)', 'batch[2].messageId'],
    ['a NUL in event', { ...valid, event: 'a\u0000b' }, 'batch[2].event must not contain a NUL character (\\u0000)', 'batch[2].event'],
    ['a NUL in anonymousId', { ...valid, anonymousId: '\u0000' }, 'batch[2].anonymousId must not contain a NUL character (\\u0000)', 'batch[2].anonymousId'],
    ['a lone surrogate in userId', { ...valid, userId: 'jane\ud800' }, 'batch[2].userId must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)', 'batch[2].userId'],
    ['a lone surrogate in event', { ...valid, event: '\udc00' }, 'batch[2].event must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)', 'batch[2].event'],
    ['a NUL in context.sessionId', { ...valid, context: { sessionId: 's\u0000' } }, 'batch[2].context.sessionId must not contain a NUL character (\\u0000)', 'batch[2].context.sessionId'],
  ])('refuses %s', (_name, message, error, path) => {
    expect(validateMessage(message, 'batch[2]')).toEqual({ error, ...(path ? { path } : {}) });
  });

  it('names fields alone for the body of a single-message route', () => {
    expect(validateMessage({ type: 'track' }, '')).toEqual({ error: 'messageId is required', path: 'messageId' });
    expect(validateMessage({ messageId: 'm', type: 'page' }, '')).toEqual({ error: 'message needs an anonymousId or a userId' });
  });
});
