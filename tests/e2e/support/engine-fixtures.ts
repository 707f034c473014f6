import type { Browser } from '@playwright/test';
import type { BrowserTab, EngineName, Tabs } from './engine/browser-tab.js';
import { playwrightTabs } from './engine/playwright-tabs.js';
import { startWebKitDriver, type WebKitDriver } from './engine/start-webkit-driver.js';
import { startXvfb, type Xvfb } from './engine/start-xvfb.js';
import type { PageReport } from './engine/watch-page.js';
import { watchPage } from './engine/watch-page.js';
import { WebDriverSession } from './engine/webdriver-session.js';
import { webdriverTabs } from './engine/webdriver-tabs.js';
import { test as servers, expect } from './server-fixtures.js';
import { trackErrors } from './track-errors.js';
import { TrackerPage } from './tracker-page.js';

/** Set per project in playwright.config.ts. */
export interface EngineOptions {
  /** Which engine the project's tests run in. */
  engine: EngineName;
  /** WebKitWebDriver and MiniBrowser, for the webkit project. */
  webkitPaths: { driver: string; browser: string } | undefined;
}

/** A launched browser the worker's tests share, each test in a fresh profile of its own. */
type EngineBrowser = { kind: 'playwright'; browser: Browser } | { kind: 'webdriver'; driver: WebKitDriver };

/** $DISPLAY for a headed browser: an Xvfb of the worker's own (see start-xvfb.ts), or none for Chromium. */
async function displayFor(engine: EngineName): Promise<Xvfb | undefined> {
  return engine === 'chromium' ? undefined : startXvfb();
}

export interface EngineFixtures {
  /** The test's browser session, in the project's engine; tabs share its storage. */
  tabs: Tabs;
  /** The test page in the first tab. */
  tracker: TrackerPage;
  /** The test page in another tab of the same session. */
  trackerOn: (tab: BrowserTab) => TrackerPage;
  /** Errors thrown or logged by any page of the session; the test fails if there are any. */
  pageErrors: string[];
  /** Every CSP violation any page reported (`securitypolicyviolation`); the test fails if there are any. */
  cspViolations: string[];
  /** Takes what a page's watch-page.ts reported: errors into pageErrors, violations into cspViolations. */
  pageReport: (report: unknown) => void;
  /** The site's pages run watch-page.ts first. */
  watchSite: void;
}

/**
 * The servers, and a browser session in the project's engine (Chromium or Firefox through Playwright,
 * WebKit through WebDriver), driven through the engine-neutral `tabs`. A spec written against these
 * runs in every engine its tags name (`@firefox`, `@webkit`; every spec runs in Chromium).
 */
export const test = servers.extend<EngineFixtures, EngineOptions & { engineBrowser: EngineBrowser }>({
  engine: ['chromium', { scope: 'worker', option: true }],
  webkitPaths: [undefined, { scope: 'worker', option: true }],

  // Launched here, not through Playwright's `browser` fixture, so that a WebKit worker starts no
  // Playwright browser at all (a fixture's dependencies are fixed, whatever the project).
  engineBrowser: [
    async ({ engine, webkitPaths, playwright, launchOptions, headless, channel }, use) => {
      const xvfb = await displayFor(engine);
      const env = xvfb ? { ...(launchOptions.env ?? process.env), DISPLAY: xvfb.display } : launchOptions.env;
      if (engine === 'webkit') {
        if (!webkitPaths) throw new Error('the webkit project needs use.webkitPaths (playwright.config.ts)');
        const driver = await startWebKitDriver(webkitPaths.driver, webkitPaths.browser, env ?? process.env);
        await use({ kind: 'webdriver', driver });
        await driver.close();
      } else {
        const browser = await playwright[engine].launch({
          ...launchOptions,
          ...(env ? { env } : {}),
          headless,
          ...(channel ? { channel } : {}),
          // Playwright turns Chromium's back/forward cache off (for its request routing, which these
          // specs do not use); Chrome, Firefox and Safari have it on, so the specs run with it on.
          ...(engine === 'chromium' ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
        });
        await use({ kind: 'playwright', browser });
        await browser.close();
      }
      await xvfb?.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  cspViolations: async ({}, use) => {
    const violations: string[] = [];
    await use(violations);
    expect(violations, 'no CSP violation in any page').toEqual([]);
  },

  pageErrors: [
    async ({ engine }, use) => {
      const errors: string[] = [];
      await use(errors);
      expect(errors, `no uncaught errors and no console errors in any page (${engine})`).toEqual([]);
    },
    { auto: true },
  ],

  pageReport: async ({ engine, pageErrors, cspViolations }, use) => {
    await use((report) => {
      const { kind, text, url } = report as PageReport;
      if (kind === 'csp') cspViolations.push(`${text} on ${url}`);
      // Playwright reports errors and console errors itself (trackErrors), but Firefox's console
      // errors lose their text over BiDi; WebDriver reports neither.
      else if (engine === 'webkit' || (engine === 'firefox' && kind === 'console')) pageErrors.push(`${kind} on ${url}: ${text}`);
    });
  },

  watchSite: [
    async ({ site, pageReport }, use) => {
      site.addInitScript(watchPage);
      site.onReport(pageReport);
      await use();
    },
    { auto: true },
  ],

  tabs: async ({ engine, engineBrowser, pageErrors }, use) => {
    if (engineBrowser.kind === 'webdriver') {
      const { driver } = engineBrowser;
      const session = await WebDriverSession.start(driver.url, driver.capabilities);
      await session.command('POST', '/timeouts', { script: 60_000, pageLoad: 60_000 });
      await use(await webdriverTabs(engine, session));
      await session.close();
    } else {
      const context = await engineBrowser.browser.newContext();
      context.on('page', (page) => trackErrors(page, pageErrors, { consoleErrors: engine === 'chromium' }));
      await use(playwrightTabs(engine, context, await context.newPage()));
      await context.close();
    }
  },

  trackerOn: async ({ site, faultProxy }, use) => {
    await use((tab) => new TrackerPage(tab, site.url, { endpoint: `${faultProxy.url}/v1/batch`, writeKey: 'wk_e2e' }));
  },

  tracker: async ({ tabs, trackerOn }, use) => {
    await use(trackerOn(tabs.first));
  },
});

export { expect };

/** Tags for a spec that runs in every engine (Chromium runs every spec untagged). */
export const EVERY_ENGINE = { tag: ['@firefox', '@webkit'] };
