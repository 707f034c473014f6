import { afterEach, describe, expect, it } from 'vitest';
import { startTestCollector, trackMessage, type TestCollector } from './start-test-collector.js';

let collector: TestCollector | undefined;
const start = async (options: Parameters<typeof startTestCollector>[0] = {}): Promise<TestCollector> =>
  (collector = await startTestCollector(options));
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('startCollector', () => {
  it('listens on a free port and answers /health with its version and, at start, nothing left out of the rollups', async () => {
    const c = await start();
    expect(c.url).toBe(`http://127.0.0.1:${c.port}`);
    const res = await fetch(`${c.url}/health`);
    expect(res.status).toBe(200);
    const ignored = { quiz_position: 0, story_page: 0, quiz_answers: 0, engaged_ms: 0, experiments: 0, ids: 0, future_timestamp: 0 };
    expect(await res.json()).toEqual({ ok: true, version: expect.any(String), ingest: { ignored } });
  });

  it('stores every message of a batch, answering 200 once committed', async () => {
    const c = await start();
    const batch = [trackMessage(), trackMessage({ type: 'page', event: undefined, name: 'Shoe' })];
    const res = await c.post('/v1/batch', { batch, sentAt: new Date().toISOString(), writeKey: 'wk' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const rows = c.rows();
    expect(rows.map((r) => [r['message_id'], r['type'], r['write_key'], r['session_id']])).toEqual([
      [batch[0]?.['messageId'], 'track', 'wk', 'sess-1'],
      [batch[1]?.['messageId'], 'page', 'wk', 'sess-1'],
    ]);
    expect(JSON.parse(String(rows[0]?.['json']))).toEqual(batch[0]);
  });

  it('corrects the client clock skew from sentAt', async () => {
    const c = await start();
    const hourAhead = (ms: number) => new Date(Date.now() + 3_600_000 - ms).toISOString();
    await c.post('/v1/batch', { batch: [trackMessage({ timestamp: hourAhead(5_000) })], sentAt: hourAhead(0) });
    const [row] = c.rows();
    expect(Number(row?.['timestamp'])).toBeGreaterThan(Date.now() - 7_000);
    expect(Number(row?.['timestamp'])).toBeLessThanOrEqual(Number(row?.['received_at']) - 5_000);
  });

  it('stores a resent messageId once and still answers 200', async () => {
    const c = await start();
    const message = trackMessage();
    expect((await c.post('/v1/batch', { batch: [message] })).status).toBe(200);
    expect((await c.post('/v1/batch', { batch: [message, message] })).status).toBe(200);
    expect(c.rows()).toHaveLength(1);
  });

  it.each([['text/plain'], ['application/json'], ['text/plain;charset=UTF-8']])('reads a %s body as JSON', async (type) => {
    const c = await start();
    expect((await c.post('/v1/batch', { batch: [trackMessage()] }, { 'Content-Type': type })).status).toBe(200);
    expect(c.rows()).toHaveLength(1);
  });

  it.each([
    ['/v1/track', 'track', { event: 'CTA Clicked' }],
    ['/v1/page', 'page', { event: undefined, name: 'Shoe' }],
    ['/v1/identify', 'identify', { event: undefined, userId: 'u-1', traits: { plan: 'pro' } }],
  ])('takes a single message on %s, its type implied by the route', async (path, type, extra) => {
    const c = await start();
    const { type: _type, ...message } = trackMessage(extra);
    expect((await c.post(path, message)).status).toBe(200);
    expect(c.rows().map((r) => r['type'])).toEqual([type]);
  });

  it('answers a CORS preflight for any origin', async () => {
    const c = await start();
    const res = await fetch(`${c.url}/v1/batch`, { method: 'OPTIONS', headers: { Origin: 'https://shop.example' } });
    expect(res.status).toBe(204);
    expect(Object.fromEntries([...res.headers].filter(([name]) => name.startsWith('access-control')))).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, GET, OPTIONS',
      'access-control-allow-headers':
        'Content-Type, Authorization, AnonymousId, SentAt, Rsa-Recovered, Rsa-Retry-Attempt, Rsa-Since-First-Attempt, Rsa-Since-Last-Attempt, Rsa-Retry-Reason',
      'access-control-max-age': '86400',
      'access-control-expose-headers': 'Retry-After',
    });
  });

  it('commits many concurrent requests, every row of every one', async () => {
    const c = await start();
    const requests = Array.from({ length: 50 }, () => c.post('/v1/batch', { batch: [trackMessage(), trackMessage()] }));
    const statuses = await Promise.all(requests.map(async (r) => (await r).status));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(c.rows()).toHaveLength(100);
  });

  it.each([
    ['GET', '/nowhere', 404, /no route for \/nowhere/],
    ['GET', '/v1/batch', 405, /\/v1\/batch accepts POST, OPTIONS, not GET/],
    ['POST', '/health', 405, /\/health accepts GET, OPTIONS, not POST/],
    ['GET', '/demo/events', 404, /no route/],
  ])('answers %s %s with %i and a JSON error', async (method, path, status, error) => {
    const c = await start();
    const res = await fetch(`${c.url}${path}`, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await res.json()) as { error: string }).error).toMatch(error);
  });

  it('closes cleanly, refusing new connections afterwards', async () => {
    const c = await start();
    await c.post('/v1/batch', { batch: [trackMessage()] });
    await c.close();
    await c.close(); // idempotent
    await expect(fetch(`${c.url}/health`)).rejects.toThrow();
  });

  it('refuses bad options at start, naming them', async () => {
    await expect(startTestCollector({ port: 70_000 })).rejects.toThrow(/port must be an integer from 0 to 65535/);
    await expect(startTestCollector({ rateLimit: { perIp: { rate: 0, burst: 1 } } })).rejects.toThrow(/rateLimit.perIp needs rate > 0/);
    await expect(startTestCollector({ referralExclusions: ['paypal.com', 'https://shop.example/'] })).rejects.toThrow(/referralExclusions\[1\] must be a domain such as paypal.com, not "https:\/\/shop.example\/"/);
    await expect(startTestCollector({ attributionWindowDays: 0 })).rejects.toThrow(/attributionWindowDays must be a whole number of days from 1 to 365, not 0/);
  });
});
