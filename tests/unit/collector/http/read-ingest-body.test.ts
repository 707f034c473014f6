import { deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';

// Over real HTTP, as RudderStack's SDKs send: they gzip every batch by default.
let collector: TestCollector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('readIngestBody', () => {
  it.each([
    ['gzip', '/v1/batch', gzipSync],
    ['x-gzip', '/v1/batch', gzipSync],
    ['deflate', '/v1/batch', deflateSync],
    ['gzip', '/v1/track', gzipSync],
  ] as const)('stores a body sent with Content-Encoding: %s to %s', async (encoding, path, compress) => {
    collector = await startTestCollector();
    const message = trackMessage();
    const body = path === '/v1/batch' ? { batch: [message] } : message;
    const res = await collector.post(path, compress(JSON.stringify(body)), { 'Content-Encoding': encoding, 'Content-Type': 'application/json' });
    expect(res.status).toBe(200);
    expect(collector.rows().map((row) => row['message_id'])).toEqual([message['messageId']]);
  });

  it('refuses a zip bomb with 413 naming the limit, storing nothing', async () => {
    collector = await startTestCollector();
    const padding = 'x'.repeat(20 * 1024 * 1024);
    const bomb = gzipSync(JSON.stringify({ batch: [trackMessage({ properties: { padding } })] }));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const res = await collector.post('/v1/batch', bomb, { 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'request body inflates to more than 512000 bytes; send fewer messages per batch', limit: 512000 });
    expect(collector.rows()).toHaveLength(0);
  });

  it.each([
    ['a corrupt gzip', 'gzip', Buffer.from('{"batch":[]}'), 400, 'body is not valid gzip (Content-Encoding: gzip): incorrect header check'],
    ['a truncated deflate', 'deflate', deflateSync('x'.repeat(5000)).subarray(0, 10), 400, 'body is not valid deflate (Content-Encoding: deflate): unexpected end of file'],
    ['an unknown encoding', 'br', Buffer.from('{}'), 415, 'Content-Encoding br is not supported; send gzip, deflate or no encoding'],
  ])('refuses %s with %i naming the problem, storing nothing', async (_name, encoding, body, status, error) => {
    collector = await startTestCollector();
    const res = await collector.post('/v1/batch', body, { 'Content-Encoding': encoding });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBe(error);
    expect(collector.rows()).toHaveLength(0);
  });

  it('keeps answering on the same collector after a refused body', async () => {
    collector = await startTestCollector();
    await collector.post('/v1/batch', gzipSync(Buffer.alloc(5 * 1024 * 1024)), { 'Content-Encoding': 'gzip' });
    expect((await collector.post('/v1/batch', { batch: [trackMessage()] })).status).toBe(200);
  });
});
