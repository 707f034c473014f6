import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { EventRow } from '../../support/read-events.js';
import { build } from 'esbuild';
import { bucketVisitor } from '../../../../packages/contracts/src/config/bucket-visitor.js';
import type { ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';
import { loadRudderStack, loadSegment, RUDDERSTACK_KEY, SEGMENT_KEY } from '../../support/analytics-sdks.js';
import { expect, test } from '../../support/fixtures.js';
import { trackErrors } from '../../support/track-errors.js';

// trackerFromAnalytics() in Chromium with the real SDKs: a shop's page runs Segment's analytics-next
// or RudderStack's SDK, the showroom (the ESM build, bundled as a site would) reports through it, and
// each visitor is bucketed into the experiment by the SDK's own anonymous id, which its events carry.

const EXPERIMENT = {
  id: 'cta-wording',
  arms: [
    { id: 'control', weight: 50 },
    { id: 'try-at-home', weight: 50, patch: { product: { cta: { label: 'Try it at home' } } } },
  ],
};
const CONFIG = { ...JSON.parse(readFileSync(new URL('../../pages/configs/mug.json', import.meta.url), 'utf8')), experiments: [EXPERIMENT] } as ShowroomConfig;
const LABEL = new Map([['control', CONFIG.product.cta?.label ?? ''], ['try-at-home', 'Try it at home']]);

/** The shop's script: the showroom from @vitrine/showroom, mounted with the page's analytics as its tracker. */
const SHOP_SCRIPT = `import { mountShowroom, trackerFromAnalytics } from '@vitrine/showroom';
window.mountShowroomWith = (global, config) => mountShowroom(document.getElementById('showroom'), config, { tracker: trackerFromAnalytics(window[global]) });`;
let shopScript = '';
test.beforeAll(async () => {
  const { outputFiles } = await build({ stdin: { contents: SHOP_SCRIPT, resolveDir: process.cwd() }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  shopScript = outputFiles[0]!.text;
});

interface Sdk {
  /** The page's global the showroom is given. */
  global: 'analytics' | 'rudderanalytics';
  writeKey: string;
  load(page: Page, collectorUrl: string): Promise<void>;
  /** The visitor's id, as the SDK itself tells it. */
  anonymousId(page: Page): Promise<string>;
  /** The collector's routes it posts to. */
  routes: string[];
}

const SDKS: Record<string, Sdk> = {
  '@segment/analytics-next': {
    global: 'analytics',
    writeKey: SEGMENT_KEY,
    load: (page, url) => loadSegment(page, url),
    routes: ['/v1/t'],
    anonymousId: (page) => page.evaluate(async () => (await (window as unknown as { analytics: { user(): Promise<{ anonymousId(): string }> } }).analytics.user()).anonymousId()),
  },
  '@rudderstack/analytics-js': {
    global: 'rudderanalytics',
    writeKey: RUDDERSTACK_KEY,
    load: (page, url) => loadRudderStack(page, url),
    routes: ['/v1/track'],
    anonymousId: (page) => page.evaluate(() => (window as unknown as { rudderanalytics: { getAnonymousId(): string } }).rudderanalytics.getAnonymousId()),
  },
  '@rudderstack/analytics-js with useBeacon': {
    global: 'rudderanalytics',
    writeKey: RUDDERSTACK_KEY,
    // Its beacon queue sends every second (default: 10 min, or 10 events, or page hide).
    load: (page, url) => loadRudderStack(page, url, { useBeacon: true, beaconQueueOptions: { flushQueueInterval: 1_000 } }),
    routes: ['/beacon/v1/batch'],
    anonymousId: (page) => page.evaluate(() => (window as unknown as { rudderanalytics: { getAnonymousId(): string } }).rudderanalytics.getAnonymousId()),
  },
};

const EVENTS = ['Showroom Loaded', 'Experiment Viewed', 'Variant Selected'];

/** What a visitor did, as the collector stored it, and where the page posted it. */
interface Visit {
  id: string;
  arm: string;
  rows: EventRow[];
  routes: string[];
}

/**
 * One visitor in a browser profile of its own: opens the shop, lets the showroom load and picks a
 * colour, then waits for the collector to store its events under the SDK's own id.
 */
async function visit(browser: Browser, siteUrl: string, collectorUrl: string, rows: () => EventRow[], sdk: Sdk, errors: string[]): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    trackErrors(page, errors);
    const routes = new Set<string>();
    page.on('request', (request) => void (request.url().startsWith(collectorUrl) && routes.add(new URL(request.url()).pathname)));
    await page.goto(`${siteUrl}/analytics-showroom.html`);
    await sdk.load(page, collectorUrl);
    const id = await sdk.anonymousId(page);
    await page.addScriptTag({ content: shopScript, type: 'module' });
    await page.waitForFunction(() => 'mountShowroomWith' in window);
    await page.evaluate(({ global, config }) => (window as unknown as { mountShowroomWith(g: string, c: unknown): void }).mountShowroomWith(global, config), { global: sdk.global, config: CONFIG });
    const showroom = page.getByRole('region', { name: 'Ripple mug showroom' });
    await expect(showroom).toBeVisible({ timeout: 30_000 });
    // The arm is the one the SDK's id buckets into: the shopper sees its CTA.
    const arm = bucketVisitor(id, EXPERIMENT).id;
    await expect(showroom.getByRole('link', { name: LABEL.get(arm) ?? arm })).toBeVisible();
    await showroom.getByRole('radio', { name: 'Cobalt' }).click();
    const own = () => rows().filter((row) => row.anonymousId === id && EVENTS.includes(row.event ?? ''));
    await expect.poll(() => own().map((row) => row.event).sort(), { timeout: 20_000, message: `the events of visitor ${id}` }).toEqual([...EVENTS].sort());
    return { id, arm, rows: own(), routes: [...routes] };
  } finally {
    await context.close();
  }
}

test.describe('trackerFromAnalytics() with the real SDKs in Chromium', () => {
  for (const [name, sdk] of Object.entries(SDKS)) {
    test(`${name}: each visitor is bucketed, and its events stored, under the SDK’s own anonymousId`, async ({ browser, site, collector, rows }) => {
      test.slow();
      const errors: string[] = [];
      const visitors = [await visit(browser, site.url, collector.url, rows, sdk, errors), await visit(browser, site.url, collector.url, rows, sdk, errors)];
      expect(visitors[0]!.id, 'each visitor keeps its own id').not.toBe(visitors[1]!.id);
      for (const { id, arm, rows: own, routes } of visitors) {
        expect(routes, `the routes visitor ${id}'s SDK posted to`).toEqual(sdk.routes);
        for (const row of own) {
          expect(row.writeKey).toBe(sdk.writeKey);
          expect(row.properties['experiments'], `${row.event ?? ''}'s arm`).toEqual({ [EXPERIMENT.id]: arm });
        }
        expect(own.find((row) => row.event === 'Variant Selected')?.properties).toMatchObject({ variant: 'cobalt', showroom_id: 'test-mug' });
      }
      expect(errors).toEqual([]);
    });
  }
});
