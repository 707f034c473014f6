import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_PAGES } from './admin-pages.js';
import { createAdminAuth } from './admin/admin-auth.js';
import { createLoginThrottle } from './admin/login-throttle.js';
import type { Collector } from './collector.js';
import type { CollectorOptions } from './collector-options.js';
import { createConfigStore } from './configs/config-store.js';
import { seedConfigs } from './configs/seed-configs.js';
import { createForwarder } from './forward/create-forwarder.js';
import { createRequestHandler } from './routes/create-request-handler.js';
import { logDroppedConnections } from './http/log-dropped-connections.js';
import { createIngestHealth } from './ingest/ingest-health.js';
import { resolveOptions } from './resolve-options.js';
import { createGroupCommit } from './store/group-commit.js';
import { openEventStore } from './store/open-event-store.js';
import { startRetention } from './store/start-retention.js';

/** How long `close()` waits for requests in flight before cutting their connections (ms). */
const CLOSE_GRACE_MS = 5_000;

/** Opens the database (PostgreSQL at `database`, else SQLite in `dataDir`) and starts the HTTP server; resolves once it listens. */
export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const resolved = resolveOptions(options);
  const { store, sql, where: dbPath } = await openEventStore(resolved.database, resolved.dataDir, resolved.log, { referralExclusions: resolved.referralExclusions, attributionWindowDays: resolved.attributionWindowDays });
  const { writeKeys, perIp, perWriteKey, trustProxy, configsDir, log } = resolved;
  const demo = resolved.demo && { ...resolved.demo, eventsOf: (anonymousId: string, limit: number) => store.recent(limit, anonymousId) };
  // Admin sessions and config versions live in the same database as the events, so every
  // collector behind a load balancer sees the same logins and the same published configs.
  const loginThrottle = createLoginThrottle(resolved.failedLogins, log);
  const admin = { auth: createAdminAuth(sql), loginThrottle, trustProxy, configs: createConfigStore(sql), store, pages: ADMIN_PAGES };
  let adminToken: string | undefined;
  try {
    if (configsDir) await seedConfigs(admin.configs, configsDir, log);
    adminToken = await admin.auth.ensureToken();
  } catch (error) {
    await store.close();
    throw error;
  }
  const commit = createGroupCommit(store, { log });
  const retention = resolved.retentionDays === undefined ? undefined : startRetention(store, resolved.retentionDays, resolved.log);
  const forwarder = resolved.forward && createForwarder(resolved.forward, log);
  const server = createServer(
    // A slow-loris client must not hold a socket for the default 5 minutes; the timeouts are
    // checked every connectionsCheckingInterval (30 s by default, which would triple them).
    { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 2_000 },
    createRequestHandler({
      ingest: { commit, writeKeys, perIp, perWriteKey, trustProxy, now: Date.now, forward: forwarder?.forward, health: createIngestHealth(), log },
      store,
      demo,
      admin,
      log,
    }),
  );
  server.maxConnections = resolved.maxConnections;
  logDroppedConnections(server, resolved.maxConnections, log);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(resolved.port, resolved.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await retention?.stop();
    await store.close();
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
    await retention?.stop();
    await commit.drain();
    await forwarder?.close(CLOSE_GRACE_MS);
    await store.close();
  };
  return {
    url,
    port,
    dbPath,
    ...(adminToken && { adminToken }),
    ...(forwarder && { forwardStats: forwarder.stats }),
    close: () => (closing ??= close()),
  };
}
