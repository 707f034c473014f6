import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';
import { startFakeUpstream } from './fake-upstream.js';

let collector: TestCollector | undefined;
let upstream: Awaited<ReturnType<typeof startFakeUpstream>> | undefined;
afterEach(async () => {
  await collector?.stop();
  await upstream?.close();
  collector = upstream = undefined;
});

describe('startCollector({ forward })', () => {
  it('stores every batch and re-posts each one, byte for byte, through an upstream outage', async () => {
    upstream = await startFakeUpstream([{ status: 503 }, { status: 429, retryAfter: '0' }, 'hang', { status: 502 }]);
    collector = await startTestCollector({ forward: { url: upstream.url, retryBaseMs: 10, timeoutMs: 1_000 } });
    // Odd spacing and key order: the upstream must get the body as sent, not a re-serialisation.
    const bodies = Array.from({ length: 6 }, () => `{ "writeKey":"wk",  "batch": [${JSON.stringify(trackMessage())}] }`);
    const answers = await Promise.all(bodies.map((body) => collector!.post('/v1/batch', body)));
    expect(answers.map((res) => res.status)).toEqual(bodies.map(() => 200));
    expect(collector.rows()).toHaveLength(6);

    await vi.waitFor(() => expect(collector!.forwardStats!()).toMatchObject({ forwarded: 6, pending: 0 }), { timeout: 8_000, interval: 20 });
    const accepted = upstream.received.filter((request) => request.status === 200).map((request) => request.body.toString());
    expect(accepted.sort()).toEqual([...bodies].sort());
    expect(collector.forwardStats!().dropped).toBe(0);
  });

  it('answers ingest at once while the upstream hangs', async () => {
    upstream = await startFakeUpstream(Array.from({ length: 50 }, () => 'hang' as const));
    collector = await startTestCollector({ forward: { url: upstream.url, timeoutMs: 5_000 } });
    const res = await collector.post('/v1/batch', { batch: [trackMessage()] });
    expect(res.status).toBe(200);
    expect(collector.rows()).toHaveLength(1);
    expect(collector.forwardStats!()).toMatchObject({ forwarded: 0, pending: 1 });
  });

  it('forwards a resent batch again, so the duplicate reaches the upstream (which dedupes by messageId), while storing it once', async () => {
    upstream = await startFakeUpstream();
    collector = await startTestCollector({ forward: { url: upstream.url } });
    const body = JSON.stringify({ batch: [trackMessage()] });
    await collector.post('/v1/batch', body);
    await collector.post('/v1/batch', body);
    await vi.waitFor(() => expect(upstream!.received).toHaveLength(2), { timeout: 5_000, interval: 20 });
    expect(upstream.received.map((request) => request.body.toString())).toEqual([body, body]);
    expect(collector.rows()).toHaveLength(1);
  });

  it('forwards nothing that was refused', async () => {
    upstream = await startFakeUpstream();
    collector = await startTestCollector({ writeKeys: ['good'], forward: { url: upstream.url } });
    expect((await collector.post('/v1/batch', { batch: [trackMessage()], writeKey: 'bad' })).status).toBe(401);
    expect((await collector.post('/v1/batch', { batch: [{ type: 'track' }], writeKey: 'good' })).status).toBe(400);
    await collector.close();
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses a forward URL that is not http(s), naming the option', async () => {
    await expect(startTestCollector({ forward: { url: 'ftp://example.com/v1/batch' } })).rejects.toThrow(/forward\.url must be an http\(s\) URL/);
  });
});
