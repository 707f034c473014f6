import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, inject } from 'vitest';
import type { CollectorOptions } from '../../../../packages/collector/src/collector-options.js';
import type { Collector } from '../../../../packages/collector/src/collector.js';
import { startCollector } from '../../../../packages/collector/src/start-collector.js';
import { createPostgresClient } from '../../../../packages/collector/src/sql/postgres-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import { createTestDatabase, postgresUrl } from '../../support/test-postgres.js';


/**
 * The hostile-ingest harness: a real collector (HTTP, group commit, rollups) on SQLite or on
 * PostgreSQL, so each attack is tried against both databases the way a client would send it.
 */
export interface HostileCollector extends Collector {
  /** POSTs a batch body (JSON-encoded unless a string) to /v1/batch; resolves with status and JSON answer. */
  send(body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  /** `GET /api/metrics?{query}` as the admin: status, the raw text (for its size) and the JSON. */
  metrics(query?: string): Promise<{ status: number; text: string; body: Record<string, unknown> }>;
  /** `GET /health` as JSON. */
  health(): Promise<Record<string, unknown>>;
  /** Runs `sql` on the collector's database (a second connection) and returns its rows. */
  query<T extends object>(sql: string, params?: (string | number | null)[]): Promise<T[]>;
  /** Closes the collector and removes its data. */
  stop(): Promise<void>;
}

export type StartHostile = (options?: Omit<CollectorOptions, 'dataDir' | 'database'>) => Promise<HostileCollector>;

/**
 * `describe(name)` twice: on SQLite and on PostgreSQL (skipped loudly where PostgreSQL is missing,
 * as in the conformance suite). `suite` gets a `start` that opens a collector on that database.
 */
export function describeOnBothDatabases(name: string, suite: (start: StartHostile, database: 'SQLite' | 'PostgreSQL') => void): void {
  for (const database of ['SQLite', 'PostgreSQL'] as const) {
    const title = `${name} (${database})`;
    if (database === 'PostgreSQL' && !postgresUrl) {
      describe.skip(`${title} — SKIPPED: ${inject('postgresMissing')}`, () => suite(startOn(database), database));
    } else {
      describe(title, () => suite(startOn(database), database));
    }
  }
}

function startOn(database: 'SQLite' | 'PostgreSQL'): StartHostile {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  }, 60_000);
  return async (options = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-hostile-'));
    const pg = database === 'PostgreSQL' ? await createTestDatabase() : undefined;
    const collector = await startCollector({ port: 0, rateLimit: false, ...options, dataDir, ...(pg ? { database: pg.url } : {}) });
    let client: SqlClient | undefined;
    const db = (): SqlClient => (client ??= pg ? createPostgresClient(pg.url) : createSqliteClient(collector.dbPath));
    let stopped = false;
    const stop = async (): Promise<void> => {
      if (stopped) return;
      stopped = true;
      await client?.close();
      await collector.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    cleanups.push(stop);
    const admin = { Authorization: `Bearer ${collector.adminToken}` };
    return {
      ...collector,
      async send(body) {
        const res = await fetch(`${collector.url}/v1/batch`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      },
      async metrics(query = '') {
        const res = await fetch(`${collector.url}/api/metrics${query ? `?${query}` : ''}`, { headers: admin });
        const text = await res.text();
        return { status: res.status, text, body: JSON.parse(text) as Record<string, unknown> };
      },
      health: async () => (await (await fetch(`${collector.url}/health`)).json()) as Record<string, unknown>,
      query: (sql, params = []) => db().all(sql, params),
      stop,
    };
  };
}
