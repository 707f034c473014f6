import type { Page } from '@playwright/test';
import type { MetricsResult } from '../../../packages/contracts/src/index.js';
import { loadRudderStack, RUDDERSTACK_KEY } from '../support/analytics-sdks.js';
import { test, expect } from '../support/fixtures.js';

// RudderStack's browser SDK (v3) from npm (analytics-sdks.ts) with the collector as its data plane,
// with its default settings: one XHR per event, JSON with Basic auth (a CORS preflight), and
// `userId: ""` until identify.
const PROPERTIES = { showroom_id: 'chair', config_version: 1, module: 'sense' };

type Rudder = { page(): void; track(event: string, properties: object): void; identify(userId: string): void };

async function openShop(page: Page, shop: string, collectorUrl: string, loadOptions: Record<string, unknown> = {}): Promise<string[]> {
  const paths: string[] = [];
  page.on('request', (request) => void (request.url().startsWith(collectorUrl) && request.method() === 'POST' && paths.push(new URL(request.url()).pathname)));
  await page.goto(`${shop}/analytics-next.html`);
  await loadRudderStack(page, collectorUrl, loadOptions);
  return paths;
}

test.describe('@rudderstack/analytics-js against the collector', () => {
  test('stores page, track and identify sent one by one to their routes, and counts the visitor', async ({ page, collector, site, rows }) => {
    const paths = await openShop(page, site.url, collector.url);
    await page.evaluate((properties) => {
      const rudderanalytics = (window as unknown as { rudderanalytics: Rudder }).rudderanalytics;
      rudderanalytics.page();
      rudderanalytics.track('Showroom Loaded', properties);
      rudderanalytics.track('Showroom Viewed', properties);
      rudderanalytics.identify('customer-7');
    }, PROPERTIES);
    await expect.poll(() => rows().length, { timeout: 15_000 }).toBe(4);
    expect(paths.sort()).toEqual(['/v1/identify', '/v1/page', '/v1/track', '/v1/track']);
    const stored = rows();
    expect(stored.map((row) => [row.type, row.event, row.writeKey]).sort()).toEqual(
      [
        ['page', null, RUDDERSTACK_KEY],
        ['track', 'Showroom Loaded', RUDDERSTACK_KEY],
        ['track', 'Showroom Viewed', RUDDERSTACK_KEY],
        ['identify', null, RUDDERSTACK_KEY],
      ].sort(),
    );
    const anonymousId = await page.evaluate(() => (window as unknown as { rudderanalytics: { getAnonymousId(): string } }).rudderanalytics.getAnonymousId());
    expect(new Set(stored.map((row) => row.anonymousId))).toEqual(new Set([anonymousId]));
    expect(stored.filter((row) => row.type !== 'identify').map((row) => row.userId), 'no userId before identify').toEqual([null, null, null]);
    expect(stored.find((row) => row.type === 'identify')?.userId).toBe('customer-7');
    const res = await fetch(`${collector.url}/api/metrics?showroom=chair`, { headers: { Authorization: `Bearer ${collector.adminToken ?? ''}` } });
    expect(((await res.json()) as MetricsResult).indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1 });
  });

  test('stores what its batching queue sends to /v1/batch', async ({ page, collector, site, rows }) => {
    const paths = await openShop(page, site.url, collector.url, { queueOptions: { batch: { enabled: true, maxItems: 3, flushInterval: 500 } } });
    await page.evaluate((properties) => {
      const rudderanalytics = (window as unknown as { rudderanalytics: Rudder }).rudderanalytics;
      for (const event of ['Showroom Loaded', 'Showroom Viewed', 'Hotspot Opened']) rudderanalytics.track(event, properties);
    }, PROPERTIES);
    await expect.poll(() => rows().length, { timeout: 15_000 }).toBe(3);
    expect(new Set(paths)).toEqual(new Set(['/v1/batch']));
    expect(rows().map((row) => row.event).sort()).toEqual(['Hotspot Opened', 'Showroom Loaded', 'Showroom Viewed']);
  });
});
