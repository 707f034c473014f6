import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';

// The analytics SDKs shops already run, their prebuilt browser builds from npm, loaded into a test
// page and pointed at the collector. Nothing leaves the machine: Segment's settings are given inline
// (cdnSettings) and the chunks it would fetch from its CDN are served from the package; RudderStack's
// build is the one with its plugins bundled, and its source config is given inline (getSourceConfig)
// instead of being fetched from its control plane.

const require = createRequire(import.meta.url);
const SEGMENT_UMD = path.dirname(require.resolve('@segment/analytics-next/dist/umd/index.js'));
// The package exports no path to its UMD build: it sits beside the bundled CommonJS one.
const RUDDERSTACK_UMD = path.join(path.dirname(require.resolve('@rudderstack/analytics-js/bundled')), '../umd/index.js');

/** The write keys the SDKs are loaded with. */
export const SEGMENT_KEY = 'segment-key';
export const RUDDERSTACK_KEY = 'rudderstack-key';

/**
 * Loads analytics-next (`AnalyticsBrowser.load`) as `window.analytics`, sending to `collectorUrl`'s
 * `/v1/*` routes, and waits until it is ready. `segmentio` adds settings of its Segment.io plugin.
 */
export async function loadSegment(page: Page, collectorUrl: string, segmentio: Record<string, unknown> = {}): Promise<void> {
  const cdnSettings = { integrations: { 'Segment.io': { apiKey: SEGMENT_KEY, apiHost: `${new URL(collectorUrl).host}/v1`, protocol: 'http', ...segmentio } } };
  await page.route('https://cdn.segment.com/**', (route) => {
    const file = path.join(SEGMENT_UMD, path.basename(new URL(route.request().url()).pathname));
    return existsSync(file) ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.abort();
  });
  await page.addScriptTag({ path: path.join(SEGMENT_UMD, 'index.js') });
  await page.evaluate(
    async ({ writeKey, cdnSettings }) => {
      type Browser = { ready(callback: () => void): unknown };
      const w = window as unknown as { analytics: Browser; AnalyticsNext: { AnalyticsBrowser: { load(settings: object): Browser } } };
      w.analytics = w.AnalyticsNext.AnalyticsBrowser.load({ writeKey, cdnSettings });
      await new Promise<void>((resolve) => w.analytics.ready(resolve));
    },
    { writeKey: SEGMENT_KEY, cdnSettings },
  );
}

/**
 * Loads RudderStack's v3 SDK as `window.rudderanalytics` with `collectorUrl` as its data plane, and
 * waits until it is ready. `loadOptions` adds to the SDK's load options (e.g. `useBeacon`).
 */
export async function loadRudderStack(page: Page, collectorUrl: string, loadOptions: Record<string, unknown> = {}): Promise<void> {
  await page.addScriptTag({ path: RUDDERSTACK_UMD });
  await page.evaluate(
    async ({ writeKey, dataPlaneUrl, loadOptions }) => {
      type Rudder = { load(key: string, url: string, options: object): void; ready(callback: () => void): void };
      const w = window as unknown as { rudderanalytics: { RudderAnalytics: new () => Rudder } };
      const rudderanalytics = new w.rudderanalytics.RudderAnalytics(); // also sets window.rudderanalytics
      // What its control plane would answer for a source with no device-mode destination.
      const source = { id: 'vitrine-e2e-source', name: 'Shop', workspaceId: 'e2e', enabled: true, config: {}, destinations: [] };
      rudderanalytics.load(writeKey, dataPlaneUrl, { getSourceConfig: () => ({ source }), ...loadOptions });
      await new Promise<void>((resolve) => rudderanalytics.ready(resolve));
    },
    { writeKey: RUDDERSTACK_KEY, dataPlaneUrl: collectorUrl, loadOptions },
  );
}
