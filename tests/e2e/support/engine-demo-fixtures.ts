import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWatchingProxy, type WatchingProxy } from './engine/start-watching-proxy.js';
import { watchPage } from './engine/watch-page.js';
import { test as engines, expect } from './engine-fixtures.js';
import { readEvents, type EventRow } from './read-events.js';

export { EVERY_ENGINE } from './engine-fixtures.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The demo as `npm start` serves it, strict CSP included, seen through a watching proxy. */
export interface EngineShop {
  /** The proxy's origin: open the shop's pages here. */
  url: string;
  /** The admin token the collector created on this (first) start, for its /api/ paths. */
  adminToken: string;
  /** Runs `fn(arg)` first in the shop's pages, under their CSP (start-watching-proxy.ts). */
  addInitScript: WatchingProxy['addInitScript'];
  /** Runs a script's source first in the shop's pages, likewise. */
  addInitSource: WatchingProxy['addInitSource'];
  /** The collector's rows, oldest first; only `event` when given. */
  rows(event?: string): EventRow[];
  /** What the shop's pages requested so far (WatchingProxy.requests). */
  requests: WatchingProxy['requests'];
}

/** engine-fixtures.ts with the demo shop: its pages report errors and CSP violations in every engine. */
export const test = engines.extend<{ shop: EngineShop }>({
  shop: async ({ pageReport }, use) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-demo-e2e-'));
    const { startCollector, demoSite } = await import('../../../packages/collector/src/index.js');
    const collector = await startCollector({ dataDir, port: 0, rateLimit: false, ...demoSite(repoRoot) });
    const proxy = await startWatchingProxy(collector.url);
    proxy.addInitScript(watchPage);
    proxy.onReport(pageReport);
    await use({
      url: proxy.url,
      adminToken: collector.adminToken!,
      addInitScript: proxy.addInitScript,
      addInitSource: proxy.addInitSource,
      rows: (event) => readEvents(collector.dbPath, event),
      requests: proxy.requests,
    });
    await proxy.close();
    await collector.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
