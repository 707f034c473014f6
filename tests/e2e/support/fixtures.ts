import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { readEvents, type EventRow } from './read-events.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { trackErrors } from './track-errors.js';
import { EVENT, TrackerPage } from './tracker-page.js';

/** The real collector, started in this worker on a free port with a fresh data folder. */
export interface RunningCollector {
  url: string;
  port: number;
  dbPath: string;
  close(): unknown;
}

export interface WaitForRowsOptions {
  /** Only rows with this event name; default EVENT. */
  event?: string;
  timeout?: number; // ms, default 15_000
}

export interface Fixtures {
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
  /** The test page in the default `page`. */
  tracker: TrackerPage;
  /** The test page in another tab of the same context. */
  trackerOn: (page: Page) => TrackerPage;
  /** Errors thrown or logged by any page of the context; the test fails if there are any. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
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

  trackerOn: async ({ site, faultProxy }, use) => {
    await use((page) => new TrackerPage(page, site.url, { endpoint: `${faultProxy.url}/v1/batch`, writeKey: 'wk_e2e' }));
  },

  tracker: async ({ page, trackerOn }, use) => {
    await use(trackerOn(page));
  },

  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      for (const page of context.pages()) trackErrors(page, errors);
      context.on('page', (page) => trackErrors(page, errors));
      await use(errors);
      expect(errors, 'no uncaught errors and no console errors in any page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
