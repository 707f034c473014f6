import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { readEvents, type EventRow } from './read-events.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { EVENT } from './tracker-page.js';

/** The real collector, started in this worker on a free port with a fresh data folder. */
export interface RunningCollector {
  url: string;
  port: number;
  dbPath: string;
  /** The admin token, for /api/ paths (a fresh data folder always has one). */
  adminToken?: string | undefined;
  close(): unknown;
}

export interface WaitForRowsOptions {
  /** Only rows with this event name; default EVENT. */
  event?: string;
  timeout?: number; // ms, default 15_000
}

/** The servers every browser test talks to, whatever engine drives the browser. */
export interface ServerFixtures {
  collector: RunningCollector;
  /**
   * The fault proxy in front of the collector; the tracker's endpoint is `${faultProxy.url}/v1/batch`.
   * Not named `proxy`: that is Playwright's own option (the browser's HTTP proxy), which `context` reads.
   */
  faultProxy: FaultProxy;
  /** The test pages and the built tracker, on an origin of their own. */
  site: StaticServer;
  /** The collector's rows named `event` (all rows when undefined). */
  rows: (event?: string) => EventRow[];
  /** Polls until at least `n` rows named `options.event` (default EVENT) exist, then returns them. */
  waitForRows: (n: number, options?: WaitForRowsOptions) => Promise<EventRow[]>;
}

export const test = base.extend<ServerFixtures>({
  collector: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-e2e-'));
    // From source, transpiled by Playwright: the suite needs no collector build.
    const { startCollector } = await import('../../../packages/collector/src/index.js');
    const collector: RunningCollector = await startCollector({ dataDir, port: 0, rateLimit: false });
    await use(collector);
    await collector.close();
    await rm(dataDir, { recursive: true, force: true });
  },

  faultProxy: async ({ collector }, use) => {
    const faultProxy = await startFaultProxy(collector.url);
    await use(faultProxy);
    await faultProxy.close();
  },

  site: async ({}, use) => {
    const site = await startStaticServer();
    await use(site);
    await site.close();
  },

  rows: async ({ collector }, use) => {
    await use((event) => readEvents(collector.dbPath, event));
  },

  waitForRows: async ({ rows }, use) => {
    await use(async (n, { event = EVENT, timeout = 15_000 } = {}) => {
      await expect
        .poll(() => rows(event).length, { timeout, intervals: [100, 250, 500], message: `${n} "${event}" rows in SQLite` })
        .toBeGreaterThanOrEqual(n);
      return rows(event);
    });
  },
});

export { expect };
