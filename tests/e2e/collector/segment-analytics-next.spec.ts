import type { Page } from '@playwright/test';
import type { MetricsResult } from '../../../packages/contracts/src/index.js';
import { loadSegment, SEGMENT_KEY } from '../support/analytics-sdks.js';
import { test, expect } from '../support/fixtures.js';

// Segment's browser SDK from npm (analytics-sdks.ts) on a shop page of the test site's origin
// (another loopback port: Chromium lets only a secure or private page reach 127.0.0.1), sending to
// the collector instead of api.segment.io.
const PROPERTIES = { showroom_id: 'chair', config_version: 1, module: 'sense' };

async function openShop(page: Page, shop: string, collectorUrl: string, segmentio: Record<string, unknown>): Promise<void> {
  await page.goto(`${shop}/analytics-next.html`);
  await loadSegment(page, collectorUrl, segmentio);
}

test.describe('@segment/analytics-next against the collector', () => {
  test('stores page, track and identify sent one by one to its short routes, and counts the visitor', async ({ page, collector, site, rows }) => {
    const paths: string[] = [];
    page.on('request', (request) => request.url().startsWith(collector.url) && paths.push(new URL(request.url()).pathname));
    await openShop(page, site.url, collector.url, {});
    await page.evaluate(async (properties) => {
      const analytics = (window as unknown as { analytics: { page(): Promise<unknown>; track(e: string, p: object): Promise<unknown>; identify(id: string): Promise<unknown> } }).analytics;
      await analytics.page();
      await analytics.track('Showroom Loaded', properties);
      await analytics.track('Showroom Viewed', properties);
      await analytics.identify('customer-7');
    }, PROPERTIES);
    await expect.poll(() => rows().length, { timeout: 15_000 }).toBe(4);
    expect(paths.sort()).toEqual(['/v1/i', '/v1/p', '/v1/t', '/v1/t']);
    const stored = rows();
    expect(stored.map((row) => [row.type, row.event, row.writeKey])).toEqual([
      ['page', null, SEGMENT_KEY],
      ['track', 'Showroom Loaded', SEGMENT_KEY],
      ['track', 'Showroom Viewed', SEGMENT_KEY],
      ['identify', null, SEGMENT_KEY],
    ]);
    expect(new Set(stored.map((row) => row.anonymousId)).size).toBe(1);
    expect(stored[3]!.userId).toBe('customer-7');
    expect(stored.every((row) => row.messageId.startsWith('ajs-next-'))).toBe(true);
    const res = await fetch(`${collector.url}/api/metrics?showroom=chair`, { headers: { Authorization: `Bearer ${collector.adminToken ?? ''}` } });
    expect(((await res.json()) as MetricsResult).indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1 });
  });

  test('stores what its batching delivery sends to /v1/b', async ({ page, collector, site, rows }) => {
    const paths: string[] = [];
    page.on('request', (request) => request.url().startsWith(collector.url) && paths.push(new URL(request.url()).pathname));
    await openShop(page, site.url, collector.url, { deliveryStrategy: { strategy: 'batching', config: { size: 3, timeout: 500 } } });
    await page.evaluate(async (properties) => {
      const analytics = (window as unknown as { analytics: { track(e: string, p: object): Promise<unknown> } }).analytics;
      await Promise.all([analytics.track('Showroom Loaded', properties), analytics.track('Showroom Viewed', properties), analytics.track('Hotspot Opened', properties)]);
    }, PROPERTIES);
    await expect.poll(() => rows().length, { timeout: 15_000 }).toBe(3);
    expect(new Set(paths)).toEqual(new Set(['/v1/b']));
    expect(rows().map((row) => row.event)).toEqual(['Showroom Loaded', 'Showroom Viewed', 'Hotspot Opened']);
  });
});
