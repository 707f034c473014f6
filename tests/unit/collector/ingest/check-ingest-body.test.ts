import { describe, expect, it } from 'vitest';
import { checkIngestBody } from '../../../../packages/collector/src/ingest/check-ingest-body.js';
import { INGEST_LIMITS } from '../../../../packages/collector/src/ingest/ingest-limits.js';

const message = (id: string, extra: Record<string, unknown> = {}) => ({
  messageId: id,
  type: 'track',
  event: 'Quiz Started',
  anonymousId: 'a-1',
  ...extra,
});

describe('checkIngestBody', () => {
  it('accepts a batch, keeping each message with its JSON text', () => {
    const result = checkIngestBody({ batch: [message('1'), message('2')], sentAt: '2024-05-01T12:00:00Z', writeKey: 'k', context: { a: 1 } });
    expect(result).toEqual({
      ok: true,
      request: {
        messages: [
          { message: message('1'), json: JSON.stringify(message('1')) },
          { message: message('2'), json: JSON.stringify(message('2')) },
        ],
        sentAt: '2024-05-01T12:00:00Z',
        writeKey: 'k',
        context: { a: 1 },
      },
    });
  });

  it('accepts an empty batch', () => {
    expect(checkIngestBody({ batch: [] })).toEqual({ ok: true, request: { messages: [] } });
  });

  it('reads a zone-less batch sentAt as UTC and keeps the JSON of each message as received, normalised apart', () => {
    const numeric = { type: 'track', event: 'Quiz Started', userId: 42 };
    const result = checkIngestBody({ batch: [numeric], sentAt: '2024-05-01T12:00:00' }, undefined, 'k');
    expect(result.ok && result.request.sentAt).toBe('2024-05-01T12:00:00Z');
    expect(result.ok && result.request.messages[0]).toEqual({
      message: { ...numeric, userId: '42', messageId: expect.stringMatching(/^vitrine-[0-9a-f]{32}$/) },
      json: JSON.stringify(numeric),
    });
  });

  it('accepts exactly the largest batch and the largest message', () => {
    const batch = Array.from({ length: INGEST_LIMITS.maxBatchMessages }, (_, i) => message(String(i)));
    expect(checkIngestBody({ batch }).ok).toBe(true);
    const big: Record<string, unknown> = message('big', { properties: { pad: '' } });
    big.properties = { pad: 'x'.repeat(INGEST_LIMITS.maxMessageBytes - JSON.stringify(big).length) };
    expect(JSON.stringify(big).length).toBe(INGEST_LIMITS.maxMessageBytes);
    expect(checkIngestBody({ batch: [big] }).ok).toBe(true);
  });

  it.each<[string, unknown, Record<string, unknown>]>([
    ['a body that is not an object', [message('1')], { error: 'body must be a JSON object' }],
    ['a missing batch', { writeKey: 'k' }, { error: 'batch is required', path: 'batch' }],
    ['a batch that is not an array', { batch: {} }, { error: 'batch must be an array', path: 'batch' }],
    ['a non-string writeKey', { batch: [], writeKey: 1 }, { error: 'writeKey must be a string', path: 'writeKey' }],
    ['a NUL in writeKey', { batch: [], writeKey: 'k\u0000' }, { error: 'writeKey must not contain a NUL character (\\u0000)', path: 'writeKey' }],
    ['a lone surrogate in the batch sessionId', { batch: [], context: { sessionId: '\ud800' } }, { error: 'context.sessionId must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)', path: 'context.sessionId' }],
    ['a bad sentAt', { batch: [], sentAt: 'now' }, { error: 'sentAt must be an ISO 8601 date-time string', path: 'sentAt' }],
    ['a non-object context', { batch: [], context: [] }, { error: 'context must be a JSON object', path: 'context' }],
    [
      'too many messages',
      { batch: Array.from({ length: 2501 }, (_, i) => message(String(i))) },
      { error: 'batch has 2501 messages; at most 2500 are allowed', path: 'batch', limit: 2500, size: 2501 },
    ],
    [
      'a message over 32 KB',
      { batch: [message('1'), message('2', { properties: { pad: 'x'.repeat(33_000) } })] },
      { error: 'batch[1] is 33099 bytes; a message may be at most 32768 bytes', path: 'batch[1]', limit: 32768, size: 33099 },
    ],
    ['the first invalid message', { batch: [message('1'), message('2'), { type: 'track' }] }, { error: 'batch[2] needs an anonymousId or a userId', path: 'batch[2]' }],
  ])('refuses %s', (_name, body, problem) => {
    expect(checkIngestBody(body)).toEqual({ ok: false, problem });
  });

  it('counts message size in UTF-8 bytes, not characters', () => {
    const result = checkIngestBody({ batch: [message('1', { properties: { pad: 'é'.repeat(16_400) } })] });
    expect(result.ok).toBe(false);
  });

  describe('on a single-message route', () => {
    it('takes the route type when the message has none', () => {
      const { type: _type, ...untyped } = message('1');
      const result = checkIngestBody({ ...untyped, writeKey: 'k' }, 'track');
      expect(result.ok && result.request.messages[0]?.message.type).toBe('track');
      expect(result.ok && result.request.writeKey).toBe('k');
    });

    it.each<[string, unknown, Record<string, unknown>]>([
      ['another type', message('1', { type: 'page' }), { error: 'type must be track on this route', path: 'type' }],
      ['a missing event', message('1', { event: undefined }), { error: 'event is required for a track message', path: 'event' }],
      [
        'a message over 32 KB',
        message('1', { properties: { pad: 'x'.repeat(33_000) } }),
        { error: 'message is 33099 bytes; a message may be at most 32768 bytes', limit: 32768, size: 33099 },
      ],
    ])('refuses %s, naming fields without a prefix', (_name, body, problem) => {
      expect(checkIngestBody(body, 'track')).toEqual({ ok: false, problem });
    });
  });
});
