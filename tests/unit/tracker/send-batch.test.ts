import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendBatch, type Destination } from '../../../packages/tracker/src/send-batch.js';
import type { StoredEvent } from '../../../packages/tracker/src/store/event-store.js';

// Where each request goes and how its write key travels, over a scripted fetch. What a real
// browser sends at page hide is checked in tests/e2e/tracker/send-batch.spec.ts.

/** Each request's URL, Authorization header and body, in order. */
let requests: Array<{ url: string; authorization: string | undefined; body: string; keepalive: boolean }>;
const events: StoredEvent[] = [{ id: 'e1', json: '{"messageId":"e1"}', bytes: 18, at: 0 }];
const rudder = (extra: Partial<Destination> = {}): Destination => ({
  endpoint: 'https://dataplane.example/v1/batch',
  writeKey: 'wk 1',
  writeKeyAs: 'basic',
  ...extra,
});

beforeEach(() => {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      requests.push({ url, authorization: headers['Authorization'], body: String(init.body), keepalive: !!init.keepalive });
      return { status: 200, headers: new Headers() };
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('sendBatch', () => {
  it.each<[string, Partial<Destination>, boolean, string, string | undefined]>([
    ['basic, while the page lives', {}, false, 'https://dataplane.example/v1/batch', 'Basic d2sgMTo='],
    ['basic, at page hide', {}, true, 'https://dataplane.example/v1/batch?writeKey=wk%201', undefined],
    ['basic with a hideEndpoint, while the page lives', { hideEndpoint: 'https://dataplane.example/beacon/v1/batch' }, false, 'https://dataplane.example/v1/batch', 'Basic d2sgMTo='],
    ['basic with a hideEndpoint, at page hide', { hideEndpoint: 'https://dataplane.example/beacon/v1/batch' }, true, 'https://dataplane.example/beacon/v1/batch?writeKey=wk%201', undefined],
    ['query with a hideEndpoint that has a query, at page hide', { writeKeyAs: 'query', hideEndpoint: 'https://c.example/hide?v=1' }, true, 'https://c.example/hide?v=1&writeKey=wk%201', undefined],
  ])('sends the write key as %s to the right route', async (_, extra, keepalive, url, authorization) => {
    expect(await sendBatch(events, rudder(extra), keepalive)).toEqual({ status: 200, retryAfter: undefined });
    expect(requests).toEqual([{ url, authorization, body: expect.stringMatching(/^\{"batch":\[\{"messageId":"e1"\}\],"sentAt":"[^"]+"\}$/), keepalive }]);
  });

  it('puts a body write key in the body wherever the request goes', async () => {
    await sendBatch(events, rudder({ writeKeyAs: 'body', hideEndpoint: 'https://c.example/hide' }), true);
    expect(requests[0]?.url).toBe('https://c.example/hide');
    expect(JSON.parse(requests[0]!.body)).toMatchObject({ writeKey: 'wk 1' });
  });
});
