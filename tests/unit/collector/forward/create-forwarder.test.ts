import { afterEach, describe, expect, it, vi } from 'vitest';
import { createForwarder, type Forwarder } from '../../../../packages/collector/src/forward/create-forwarder.js';
import type { ForwardOptions } from '../../../../packages/collector/src/forward/forward-options.js';
import { startFakeUpstream, type Reply } from './fake-upstream.js';

let upstream: Awaited<ReturnType<typeof startFakeUpstream>> | undefined;
let forwarder: Forwarder | undefined;
let logged: string[] = [];

/** A forwarder to a fake upstream replying per `script`, with short delays so tests run fast. */
async function setup(script: Reply[], options: Partial<ForwardOptions> = {}) {
  upstream = await startFakeUpstream(script);
  logged = [];
  // timeoutMs: long enough that a loaded machine's slow answer is not taken for the scripted hang.
  forwarder = createForwarder({ url: upstream.url, retryBaseMs: 10, timeoutMs: 1_000, ...options }, (line) => logged.push(line));
  return { upstream, forwarder };
}
afterEach(async () => {
  await forwarder?.close(0);
  await upstream?.close();
  forwarder = upstream = undefined;
});

const body = (n: number): Buffer => Buffer.from(`{"batch":[{"messageId":"m${n}","type":"track","event":"Model Rotated"}],  "writeKey":"wk"}`);
const settled = (f: Forwarder) => vi.waitFor(() => expect(f.stats().pending).toBe(0), { timeout: 8_000, interval: 10 });

describe('createForwarder', () => {
  it('retries through 5xx, 429 and a timeout until the upstream accepts, delivering the exact bytes', async () => {
    const { upstream, forwarder } = await setup([{ status: 503 }, { status: 500 }, { status: 429 }, 'hang']);
    forwarder.forward(body(1), { writeKey: undefined, type: undefined });
    await settled(forwarder);
    expect(upstream.received.map((r) => r.status)).toEqual([503, 500, 429, 0, 200]);
    for (const request of upstream.received) expect(request.body.equals(body(1))).toBe(true);
    expect(forwarder.stats()).toEqual({ forwarded: 1, retried: 4, dropped: 0, pending: 0 });
    expect(logged).toEqual([expect.stringMatching(/failed \(503 .*\); retrying with backoff/), expect.stringMatching(/accepts batches again/)]);
  });

  it('waits as long as the Retry-After header asks, even when its own backoff is shorter', async () => {
    const { upstream, forwarder } = await setup([{ status: 429, retryAfter: '1' }]);
    forwarder.forward(body(1), { writeKey: undefined, type: undefined });
    await settled(forwarder);
    const [first, second] = upstream.received;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
  });

  it('sends a batch again after a timeout, so the upstream sees the duplicate it must dedupe by messageId', async () => {
    const { upstream, forwarder } = await setup(['hang']);
    forwarder.forward(body(7), { writeKey: undefined, type: undefined });
    await settled(forwarder);
    expect(upstream.received).toHaveLength(2);
    expect(upstream.received[1]!.body.equals(upstream.received[0]!.body)).toBe(true);
    expect(forwarder.stats().forwarded).toBe(1);
  });

  it('drops a batch the upstream refuses with a 4xx, without retrying, and logs why', async () => {
    const { upstream, forwarder } = await setup([{ status: 400 }]);
    forwarder.forward(body(1), { writeKey: undefined, type: undefined });
    await settled(forwarder);
    expect(upstream.received).toHaveLength(1);
    expect(forwarder.stats()).toMatchObject({ forwarded: 0, dropped: 1 });
    expect(logged.join('\n')).toMatch(/dropped a batch of \d+ bytes to http:\/\/127\.0\.0\.1:\d+: refused with 400/);
  });

  it('gives up on a batch after giveUpAfterMs, counting and logging it', async () => {
    const { upstream, forwarder } = await setup(Array.from({ length: 100 }, () => ({ status: 502 })), { giveUpAfterMs: 300 });
    forwarder.forward(body(1), { writeKey: undefined, type: undefined });
    await settled(forwarder);
    expect(upstream.received.length).toBeGreaterThan(1);
    expect(forwarder.stats()).toMatchObject({ forwarded: 0, dropped: 1 });
    expect(logged.at(-1)).toMatch(/gave up after \d+ attempts .*\(last: 502/);
  });

  it('drops, counts and logs a batch that would overflow the queue, and forwards the rest', async () => {
    const { upstream, forwarder } = await setup(['hang'], { maxQueueBytes: body(1).length * 2 });
    for (const n of [1, 2, 3]) forwarder.forward(body(n), { writeKey: undefined, type: undefined });
    expect(forwarder.stats()).toMatchObject({ dropped: 1, pending: 2 });
    expect(logged[0]).toMatch(/the queue holds \d+ bytes already/);
    await settled(forwarder);
    expect(new Set(upstream.received.map((r) => r.body.toString()))).toEqual(new Set([body(1).toString(), body(2).toString()]));
  });

  it.each<[Partial<ForwardOptions>, string | undefined, string, string | undefined]>([
    // options, request's key, expected path, expected Authorization
    [{}, undefined, '/v1/batch', undefined],
    [{}, 'from-request', '/v1/batch', `Basic ${Buffer.from('from-request:').toString('base64')}`],
    [{ writeKey: 'rudder' }, 'from-request', '/v1/batch', `Basic ${Buffer.from('rudder:').toString('base64')}`],
    [{ writeKey: 'jitsu', basicAuth: false }, undefined, '/v1/batch?writeKey=jitsu', undefined],
  ])('with %j and request key %j posts to %s with Authorization %j', async (options, requestKey, path, authorization) => {
    const { upstream, forwarder } = await setup([], options);
    forwarder.forward(body(1), { writeKey: requestKey, type: undefined });
    await settled(forwarder);
    expect(upstream.received[0]).toMatchObject({ path, headers: { 'content-type': 'application/json' } });
    expect(upstream.received[0]!.headers.authorization).toBe(authorization);
  });

  it('posts a body of a single-message route to the same route beside the batch URL', async () => {
    const { upstream, forwarder } = await setup([]);
    forwarder.forward(Buffer.from('{"type":"track"}'), { writeKey: undefined, type: 'track' });
    await settled(forwarder);
    expect(upstream.received[0]!.path).toBe('/v1/track');
  });

  it('on close, stops retrying after the grace and drops what is left, logged', async () => {
    const { forwarder } = await setup(Array.from({ length: 100 }, () => ({ status: 503 })));
    forwarder.forward(body(1), { writeKey: undefined, type: undefined });
    await forwarder.close(100);
    expect(forwarder.stats()).toMatchObject({ forwarded: 0, dropped: 1, pending: 0 });
    expect(logged.at(-1)).toMatch(/closed while it was being retried/);
  });
});
