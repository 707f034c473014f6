import type { Page } from '@playwright/test';
import { playwrightTab } from './engine/playwright-tabs.js';
import { startXvfb } from './engine/start-xvfb.js';
import { test as servers, expect } from './server-fixtures.js';
import { trackErrors } from './track-errors.js';
import { TrackerPage } from './tracker-page.js';

export type { RunningCollector, WaitForRowsOptions } from './server-fixtures.js';

export interface PageFixtures {
  /** The tracker test page in the default `page`. */
  tracker: TrackerPage;
  /** The tracker test page in another page of the context. */
  trackerOn: (page: Page) => TrackerPage;
  /** Errors thrown or logged by any page of the context; the test fails if there are any. */
  pageErrors: string[];
}

/**
 * The servers, and Playwright's own `page` and `context`: for specs that need what only Playwright
 * gives (request routing, CDP, locators, the mouse), in Chromium, and in Firefox when tagged
 * `@firefox`. Specs that run in every engine use engine-fixtures.ts instead.
 */
export const test = servers.extend<PageFixtures>({
  // Playwright's own launch, but a headed browser (Firefox) gets an Xvfb of its own (start-xvfb.ts).
  browser: [
    async ({ playwright, browserName, launchOptions, headless, channel }, use) => {
      const xvfb = browserName === 'chromium' ? undefined : await startXvfb();
      const env = xvfb ? { ...(launchOptions.env ?? process.env), DISPLAY: xvfb.display } : launchOptions.env;
      const browser = await playwright[browserName].launch({ ...launchOptions, ...(env ? { env } : {}), headless, ...(channel ? { channel } : {}) });
      await use(browser);
      await browser.close();
      await xvfb?.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  trackerOn: async ({ site, faultProxy }, use) => {
    await use((page) => new TrackerPage(playwrightTab(page), site.url, { endpoint: `${faultProxy.url}/v1/batch`, writeKey: 'wk_e2e' }));
  },

  tracker: async ({ page, trackerOn }, use) => {
    await use(trackerOn(page));
  },

  pageErrors: [
    async ({ context, browserName }, use) => {
      const errors: string[] = [];
      // Firefox's console errors lose their text over BiDi (track-errors.ts): uncaught errors only there.
      const options = { consoleErrors: browserName === 'chromium' };
      for (const page of context.pages()) trackErrors(page, errors, options);
      context.on('page', (page) => trackErrors(page, errors, options));
      await use(errors);
      expect(errors, 'no uncaught errors and no console errors in any page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
