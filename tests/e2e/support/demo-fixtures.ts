import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { readEvents, type EventRow } from './read-events.js';
import { test as base } from './fixtures.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The demo exactly as `npm start` serves it (shop, built showroom, models, configs), on a free port. */
export interface DemoShop {
  url: string;
  /** The admin token the collector created on this (first) start. */
  adminToken: string;
  /** The collector's rows, oldest first; only `event` when given. */
  rows(event?: string): EventRow[];
}

export const test = base.extend<{ shop: DemoShop }>({
  shop: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'vitrine-demo-e2e-'));
    const { startCollector, demoSite } = await import('../../../packages/collector/src/index.js');
    const collector = await startCollector({ dataDir, port: 0, rateLimit: false, ...demoSite(repoRoot) });
    await use({ url: collector.url, adminToken: collector.adminToken!, rows: (event) => readEvents(collector.dbPath, event) });
    await collector.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
