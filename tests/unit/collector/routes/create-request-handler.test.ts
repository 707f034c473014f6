import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdminAuth } from '../../../../packages/collector/src/admin/admin-auth.js';
import { createLoginThrottle } from '../../../../packages/collector/src/admin/login-throttle.js';
import { createConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import { createRequestHandler } from '../../../../packages/collector/src/routes/create-request-handler.js';
import { createIngestHealth } from '../../../../packages/collector/src/ingest/ingest-health.js';
import type { EventStore } from '../../../../packages/collector/src/store/event-store.js';
import { trackMessage } from '../start-test-collector.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves the handler with a store whose every write fails, as on a full disk. */
const serveWithBrokenStore = async (log: (line: string) => void): Promise<string> => {
  const store: EventStore = {
    insertMany: async () => Promise.reject(new Error('SQLITE_FULL: database or disk is full')),
    count: async () => 0,
    recent: async () => [],
    metrics: async () => Promise.reject(new Error('not used')),
    rebuildRollups: async () => {},
    deleteOlderThan: async () => 0,
    deleteVisitor: async () => 0,
    close: async () => {},
  };
  const sql = createSqliteClient(':memory:');
  const commit = { add: () => store.insertMany([]).then(() => {}), drain: async () => {} };
  server = createServer(
    createRequestHandler({
      ingest: { commit, writeKeys: undefined, perIp: undefined, perWriteKey: undefined, now: Date.now, health: createIngestHealth(), log },
      store,
      demo: undefined,
      admin: { auth: createAdminAuth(sql), loginThrottle: createLoginThrottle(undefined), configs: createConfigStore(sql), store, pages: {} },
      log,
    }),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
};

describe('createRequestHandler', () => {
  it('answers 500 JSON and logs the error when storing fails, and keeps serving', async () => {
    const lines: string[] = [];
    const url = await serveWithBrokenStore((line) => lines.push(line));
    const res = await fetch(`${url}/v1/batch`, { method: 'POST', body: JSON.stringify({ batch: [trackMessage()] }) });
    expect(res.status).toBe(500);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ error: 'internal error; the request was not stored' });
    expect(lines).toEqual([expect.stringContaining('error: POST /v1/batch: Error: SQLITE_FULL')]);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('counts and logs out-of-bounds values only once stored: a request answered 500 is sent again, and counts nothing', async () => {
    const lines: string[] = [];
    const url = await serveWithBrokenStore((line) => lines.push(line));
    const hostile = trackMessage({ event: 'Story Page Viewed', properties: { page: 100_000 } });
    expect((await fetch(`${url}/v1/batch`, { method: 'POST', body: JSON.stringify({ batch: [hostile] }) })).status).toBe(500);
    const health = (await (await fetch(`${url}/health`)).json()) as { ingest: { ignored: Record<string, number> } };
    expect(health.ingest.ignored['story_page']).toBe(0);
    expect(lines.filter((line) => line.startsWith('ingest:'))).toEqual([]);
  });
});
