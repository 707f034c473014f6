import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CollectorOptions } from '../../../packages/collector/src/collector-options.js';
import type { Collector } from '../../../packages/collector/src/collector.js';
import { startCollector } from '../../../packages/collector/src/start-collector.js';

/** A collector on a free port with a fresh data folder, and helpers to reach it. */
export interface TestCollector extends Collector {
  /**
   * POSTs `body` (JSON-encoded unless a string or bytes) to `path`, as text/plain unless headers say
   * otherwise; signed in as the admin for paths under /api/.
   */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** GETs an admin path (under /api/ or /admin/) with the admin token. */
  adminGet(path: string): Promise<Response>;
  /** Reads the events table directly, as the dashboard and the e2e tests do. */
  rows(): Record<string, unknown>[];
  /** Closes the collector and deletes its data folder. */
  stop(): Promise<void>;
}

export async function startTestCollector(options: Omit<CollectorOptions, 'dataDir'> = {}): Promise<TestCollector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-collector-'));
  const collector = await startCollector({ port: 0, rateLimit: false, ...options, dataDir }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const admin = { Authorization: `Bearer ${collector.adminToken}` };
  return {
    ...collector,
    post: (path, body, headers = {}) =>
      fetch(`${collector.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...(path.startsWith('/api/') && admin), ...headers },
        body: typeof body === 'string' ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
      }),
    adminGet: (path) => fetch(`${collector.url}${path}`, { headers: admin }),
    rows: () => {
      const db = new Database(collector.dbPath, { readonly: true });
      try {
        return db.prepare<[], Record<string, unknown>>('SELECT * FROM events ORDER BY rowid').all();
      } finally {
        db.close();
      }
    },
    stop: async () => {
      await collector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A valid track message with a fresh messageId. */
export const trackMessage = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  messageId: `msg-${++counter}-${Date.now()}`,
  type: 'track',
  event: 'Model Rotated',
  anonymousId: 'anon-1',
  timestamp: new Date().toISOString(),
  properties: { showroom_id: 'shoe', module: 'sense', angle: 42 },
  context: { sessionId: 'sess-1' },
  ...extra,
});
