import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

// The proxy on its own, against a stub collector; no browser. The tracker specs rely on it.

let stub: http.Server;
let stubBodies: string[];
let proxy: FaultProxy;

test.beforeEach(async () => {
  stubBodies = [];
  stub = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST') stubBodies.push(Buffer.concat(chunks).toString());
      res.writeHead(req.method === 'OPTIONS' ? 204 : 200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' });
      res.end(req.method === 'OPTIONS' ? undefined : '{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy(`http://127.0.0.1:${(stub.address() as AddressInfo).port}`);
});

test.afterEach(async () => {
  await proxy.close();
  await new Promise((resolve) => stub.close(resolve));
});

const batch = (...ids: string[]): string => JSON.stringify({ batch: ids.map((messageId) => ({ messageId, type: 'track' })), sentAt: 'now' });
const post = (body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${proxy.url}/v1/batch?writeKey=wk`, { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } });

test.describe('startFaultProxy', () => {
  test('forwards a request and records method, url, headers, body, messageIds and status', async () => {
    const response = await post(batch('a', 'b'), { authorization: 'Basic d2s6' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(stubBodies).toEqual([batch('a', 'b')]);
    const [sent] = proxy.sends();
    expect(sent).toMatchObject({
      method: 'POST',
      url: '/v1/batch?writeKey=wk',
      contentType: 'text/plain;charset=UTF-8',
      authorization: 'Basic d2s6',
      messageIds: ['a', 'b'],
      fate: 'forwarded',
      status: 200,
    });
    expect(sent?.answeredAt).toBeGreaterThanOrEqual(sent?.receivedAt ?? Infinity);
  });

  test('reads the messageId of a single message and none from a body that is not JSON', async () => {
    await post(JSON.stringify({ messageId: 'solo', type: 'track' }));
    await post('not json');
    expect(proxy.sends().map((s) => s.messageIds)).toEqual([['solo'], []]);
  });

  test('answers the next n requests with the injected status and headers, without forwarding', async () => {
    proxy.failNext(2, 503, { 'Retry-After': '1' });
    const answers = [await post(batch('a')), await post(batch('a')), await post(batch('a'))];
    expect(answers.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(answers[0]?.headers.get('retry-after')).toBe('1');
    expect(answers[0]?.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(stubBodies).toHaveLength(1);
    expect(proxy.sends().map((s) => s.fate)).toEqual(['failed', 'failed', 'forwarded']);
    expect(proxy.sendsByMessageId()).toEqual(new Map([['a', 1]]));
    expect(proxy.allSendsByMessageId()).toEqual(new Map([['a', 3]]));
  });

  test('cuts the connection of the next n requests', async () => {
    proxy.cutNext(1);
    await expect(post(batch('a'))).rejects.toThrow();
    expect((await post(batch('b'))).status).toBe(200);
    expect(proxy.sends().map((s) => [s.fate, s.status])).toEqual([
      ['cut', undefined],
      ['forwarded', 200],
    ]);
    expect(proxy.sendsByMessageId()).toEqual(new Map([['b', 1]]));
  });

  test('holds requests unanswered until release() cuts them, then forwards again', async () => {
    proxy.hold();
    const held = post(batch('a'));
    await expect.poll(() => proxy.held().length).toBe(1);
    proxy.release();
    await expect(held).rejects.toThrow();
    expect(stubBodies).toEqual([]);
    expect((await post(batch('a'))).status).toBe(200);
    expect(proxy.held()).toEqual([]);
    expect(proxy.sendsByMessageId()).toEqual(new Map([['a', 1]]));
    expect(proxy.allSendsByMessageId()).toEqual(new Map([['a', 2]]));
  });

  test('counts preflights and never injects faults into them', async () => {
    proxy.failNext(1, 500);
    const preflight = await fetch(`${proxy.url}/v1/batch`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect((await post(batch('a'))).status).toBe(500);
    expect(proxy.preflights()).toBe(1);
  });

  test('refuses connections between refuse() and accept(), on the same origin', async () => {
    await proxy.refuse();
    await expect(post(batch('a'))).rejects.toThrow();
    await proxy.accept();
    expect((await post(batch('b'))).status).toBe(200);
    expect(proxy.sends().map((s) => s.messageIds)).toEqual([['b']]);
  });

  test('closes with held connections still open', async () => {
    proxy.hold();
    const held = post(batch('a')).catch(() => 'cut');
    await expect.poll(() => proxy.held().length).toBe(1);
    await proxy.close();
    expect(await held).toBe('cut');
  });
});
