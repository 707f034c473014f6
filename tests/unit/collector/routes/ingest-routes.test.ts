import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_ROUTES } from '../../../../packages/collector/src/routes/ingest-routes.js';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';

let collector: TestCollector;
beforeAll(async () => (collector = await startTestCollector()));
afterAll(() => collector.stop());

// One message of `type` without its type field, as analytics.js posts to /v1/t (the route says it).
const untyped = (type: string): Record<string, unknown> => {
  const { type: _type, ...message } = trackMessage({ type, ...(type === 'track' ? {} : { event: undefined }) });
  return message;
};

describe('INGEST_ROUTES', () => {
  it.each(Object.entries(INGEST_ROUTES))('stores what POST %s sends as a %s', async (path, kind) => {
    const message = kind === 'batch' ? trackMessage() : untyped(kind);
    const res = await collector.post(path, kind === 'batch' ? { batch: [message] } : message);
    expect(res.status).toBe(200);
    const row = collector.rows().find((stored) => stored['message_id'] === message['messageId']);
    expect(row?.['type']).toBe(kind === 'batch' ? 'track' : kind);
  });

  it('lists the Segment names and the short names of every message type, the batch under three, and RudderStack’s beacon route', () => {
    expect(Object.keys(INGEST_ROUTES).sort()).toEqual(
      [...['a', 'alias', 'b', 'batch', 'g', 'group', 'i', 'identify', 'import', 'p', 'page', 's', 'screen', 't', 'track'].map((name) => `/v1/${name}`), '/beacon/v1/batch'].sort(),
    );
  });

  it('stores a beacon batch under the write key of its query, as RudderStack’s SDK sends it', async () => {
    const message = trackMessage();
    const res = await collector.post('/beacon/v1/batch?writeKey=rudder-key', { batch: [message] });
    expect(res.status).toBe(200);
    expect(collector.rows().find((stored) => stored['message_id'] === message['messageId'])?.['write_key']).toBe('rudder-key');
  });

  it('refuses a message whose type is not its short route', async () => {
    const res = await collector.post('/v1/p', trackMessage());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'type must be page on this route', path: 'type' });
  });

  it.each(['/v1/x', '/v1/constructor', '/v1/__proto__'])('answers 404 for %s', async (path) => {
    expect((await collector.post(path, { batch: [trackMessage()] })).status).toBe(404);
  });
});
