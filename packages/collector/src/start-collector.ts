import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ADMIN_PAGES } from './admin-pages.js';
import { createAdminAuth } from './admin/admin-auth.js';
import { ensureAdminTables } from './admin/admin-tables.js';
import type { Collector } from './collector.js';
import type { CollectorOptions } from './collector-options.js';
import { createRequestHandler } from './http/create-request-handler.js';
import { ensureConfigTables } from './configs/config-tables.js';
import { createConfigStore } from './configs/config-store.js';
import { seedConfigs } from './configs/seed-configs.js';
import { resolveOptions } from './resolve-options.js';
import { createGroupCommit } from './store/group-commit.js';
import { DB_FILE_NAME } from './store/sqlite-db.js';
import { createSqliteClient } from './store/sqlite-client.js';
import { createSqliteEventStore } from './store/sqlite-event-store.js';

/** How long `close()` waits for requests in flight before cutting their connections (ms). */
const CLOSE_GRACE_MS = 5_000;

/** Opens the database in `dataDir` and starts the HTTP server; resolves once it listens. */
export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const resolved = resolveOptions(options);
  await mkdir(resolved.dataDir, { recursive: true });
  const dbPath = join(resolved.dataDir, DB_FILE_NAME);
  const store = createSqliteEventStore(dbPath);
  const commit = createGroupCommit(store);
  const { writeKeys, perIp, perWriteKey, demo, configsDir, log } = resolved;
  const sql = createSqliteClient(dbPath);
  let adminToken: string | undefined;
  const admin = { auth: createAdminAuth(sql), configs: createConfigStore(sql), pages: ADMIN_PAGES };
  try {
    await ensureAdminTables(sql);
    await ensureConfigTables(sql);
    if (configsDir) await seedConfigs(admin.configs, configsDir, log);
    adminToken = await admin.auth.ensureToken();
  } catch (error) {
    await Promise.all([sql.close(), store.close()]);
    throw error;
  }
  const server = createServer(
    // A slow-loris client must not hold a socket for the default 5 minutes.
    { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    createRequestHandler({ ingest: { commit, writeKeys, perIp, perWriteKey, now: Date.now }, store, demo, admin, log }),
  );

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(resolved.port, resolved.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await Promise.all([sql.close(), store.close()]);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const url = `http://${host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    await stopped;
    clearTimeout(timer);
    await commit.drain();
    await Promise.all([sql.close(), store.close()]);
  };
  return { url, port, dbPath, ...(adminToken && { adminToken }), close: () => (closing ??= close()) };
}
