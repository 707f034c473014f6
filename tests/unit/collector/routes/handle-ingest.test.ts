import { afterEach, describe, expect, it } from 'vitest';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';

// Over real HTTP: what a client sees is the contract, status codes and headers included.
let collector: TestCollector | undefined;
const start = async (options: Parameters<typeof startTestCollector>[0] = {}): Promise<TestCollector> =>
  (collector = await startTestCollector(options));
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

describe('handleIngest', () => {
  describe('with writeKeys', () => {
    it.each([
      ['the body writeKey', '/v1/batch', { writeKey: 'good' }, {}],
      ['Basic auth', '/v1/batch', {}, { Authorization: basic('good') }],
      ['the ?writeKey= query', '/v1/batch?writeKey=good', {}, {}],
    ])('accepts a known key given as %s', async (_name, path, body, headers) => {
      const c = await start({ writeKeys: ['good', 'other'] });
      expect((await c.post(path, { batch: [trackMessage()], ...body }, headers)).status).toBe(200);
      expect(c.rows()[0]?.['write_key']).toBe('good');
    });

    it.each([
      ['a missing key', '/v1/batch', {}, /a write key is required/],
      ['an unknown key', '/v1/batch?writeKey=bad', {}, /this write key is not accepted/],
    ])('refuses %s with 401, storing nothing', async (_name, path, body, error) => {
      const c = await start({ writeKeys: ['good'] });
      const res = await c.post(path, { batch: [trackMessage()], ...body });
      expect(res.status).toBe(401);
      expect((await res.json()) as { error: string }).toEqual({ error: expect.stringMatching(error) });
      expect(c.rows()).toHaveLength(0);
    });
  });

  describe('limits', () => {
    it.each([
      ['malformed JSON', () => '{"batch": [', /^body is not valid JSON/, undefined],
      ['an invalid message', () => ({ batch: [trackMessage(), trackMessage({ messageId: 7 })] }), /^batch\[1\]\.messageId must be a string of 1 to 100 characters$/, 'batch[1].messageId'],
      ['a message over 32 KB', () => ({ batch: [trackMessage({ properties: { pad: 'x'.repeat(33_000) } })] }), /^batch\[0\] is \d+ bytes; a message may be at most 32768 bytes$/, 'batch[0]'],
      ['more than 2500 messages', () => ({ batch: Array.from({ length: 2501 }, () => ({ messageId: 'm', type: 'track', event: 'E', anonymousId: 'a' })) }), /^batch has 2501 messages; at most 2500 are allowed$/, 'batch'],
      ['a body over 500 KB', () => ({ batch: Array.from({ length: 20 }, () => trackMessage({ properties: { pad: 'x'.repeat(30_000) } })) }), /^request body is larger than 512000 bytes/, undefined],
    ])('refuses %s with 400 naming the problem, storing nothing', async (_name, body, error, path) => {
      const c = await start();
      const res = await c.post('/v1/batch', body());
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { error: string; path?: string };
      expect(answer.error).toMatch(error);
      expect(answer.path).toBe(path);
      expect(c.rows()).toHaveLength(0);
    });

    it('answers 429 with Retry-After once the per-IP burst is spent', async () => {
      const c = await start({ rateLimit: { perIp: { rate: 0.5, burst: 2 } } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(await c.post('/v1/batch', { batch: [trackMessage()] }));
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
      const limited = statuses[2];
      expect(limited?.headers.get('Retry-After')).toBe('2');
      expect(((await limited?.json()) as { error: string }).error).toMatch(/too many requests from this IP address/);
      expect(c.rows()).toHaveLength(2);
    });

    it.each<[string, number | string | undefined, number[]]>([
      // name, trustProxy, statuses for X-Forwarded-For 1.1.1.1, 2.2.2.2, 1.1.1.1
      ['without trustProxy, one bucket for every client behind a proxy', undefined, [200, 429, 429]],
      ['with trustProxy 1, a bucket per client the proxy names', 1, [200, 200, 429]],
      ['with the proxy\'s subnet trusted, a bucket per client', '127.0.0.0/8', [200, 200, 429]],
      ['with another subnet trusted, the header is not believed', '10.0.0.0/8', [200, 429, 429]],
    ])('limits per IP %s', async (_name, trustProxy, statuses) => {
      const c = await start({ rateLimit: { perIp: { rate: 0.01, burst: 1 }, perWriteKey: false }, ...(trustProxy === undefined ? {} : { trustProxy }) });
      const answers = [];
      for (const client of ['1.1.1.1', '2.2.2.2', '1.1.1.1']) answers.push((await c.post('/v1/batch', { batch: [trackMessage()] }, { 'X-Forwarded-For': client })).status);
      expect(answers).toEqual(statuses);
    });

    it('takes a limit given in part with the default for the rest, refusing a bad one at start', async () => {
      await expect(startTestCollector({ rateLimit: { perIp: { rate: 0 } } })).rejects.toThrow('rateLimit.perIp needs rate > 0 and burst ≥ 1 (requests/s), not {"rate":0}');
      await expect(startTestCollector({ trustProxy: 'proxy.internal' })).rejects.toThrow('trustProxy: proxy.internal is not an IP address or CIDR subnet');
    });

    it('answers 429 per write key, leaving other keys alone', async () => {
      const c = await start({ rateLimit: { perWriteKey: { rate: 1, burst: 1 }, perIp: false } });
      const send = (writeKey: string) => c.post('/v1/batch', { batch: [trackMessage()], writeKey });
      expect([(await send('a')).status, (await send('a')).status, (await send('b')).status]).toEqual([200, 429, 200]);
    });
  });

  describe('normalisation, as Segment\'s HTTP API does', () => {
    const noId = () => {
      const { messageId: _id, ...message } = trackMessage({ timestamp: '2024-05-01T12:00:00.000Z' });
      return message;
    };

    it('stores a message without messageId once, however often it is resent', async () => {
      const c = await start();
      const message = noId();
      for (const sentAt of ['2024-05-01T12:00:01Z', '2024-05-01T12:03:00Z']) {
        expect((await c.post('/v1/batch', { batch: [{ ...message, sentAt }], writeKey: 'k' })).status).toBe(200);
      }
      expect((await c.post('/v1/track', { ...message, writeKey: 'k' })).status).toBe(200);
      const rows = c.rows();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.['message_id']).toMatch(/^vitrine-[0-9a-f]{32}$/);
      // The message as received: the id is the collector's, not the client's.
      expect(JSON.parse(String(rows[0]?.['json']))).not.toHaveProperty('messageId');
    });

    it('takes RudderStack\'s originalTimestamp as the event time, skew-corrected by sentAt', async () => {
      const c = await start();
      const { timestamp: _t, ...message } = trackMessage({ originalTimestamp: '2024-05-01T13:00:00.000Z', sentAt: '2024-05-01T13:00:05.000Z' });
      expect((await c.post('/v1/batch', { batch: [message] })).status).toBe(200);
      const row = c.rows()[0]!;
      expect(row['original_timestamp']).toBe('2024-05-01T13:00:00.000Z');
      // Sent 5 s after it happened on the client's clock: 5 s before it arrived on the server's.
      expect(Number(row['received_at']) - Number(row['timestamp'])).toBe(5000);
    });

    it('stores numeric ids as strings and reads zone-less times as UTC', async () => {
      const c = await start();
      const message = trackMessage({ userId: 42, anonymousId: 7, timestamp: '2024-05-01T12:00:00' });
      expect((await c.post('/v1/batch', { batch: [message] })).status).toBe(200);
      expect(c.rows()[0]).toMatchObject({ user_id: '42', anonymous_id: '7', timestamp: Date.parse('2024-05-01T12:00:00Z') });
    });
  });
});
