import type { BrowserContext, Page } from '@playwright/test';
import type { BrowserTab, EngineName, Tabs } from './browser-tab.js';

/** A Playwright page as a BrowserTab. */
export function playwrightTab(page: Page): BrowserTab {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    waitFor: async (fn, timeout = 10_000) => {
      await page.waitForFunction(fn, undefined, { timeout });
    },
    click: (selector) => page.click(selector),
    // Playwright's CSS engine reaches into open shadow roots by itself.
    clickIn: (host, selector) => page.locator(host).locator(selector).first().click(),
    press: async (keys) => {
      for (const key of keys) await page.keyboard.press(key);
    },
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 6 });
      await page.mouse.up();
    },
    reload: async () => {
      await page.reload();
    },
    back: async () => {
      // Not page.goBack(): it waits for a load event, and a page restored from the back/forward
      // cache fires pageshow instead (in Firefox over BiDi it never sees the navigation at all).
      const left = page.url();
      await page.evaluate(() => history.back());
      await page.waitForFunction((from) => location.href !== from && document.readyState === 'complete', left);
    },
    close: () => page.close(),
  };
}

/** The tabs of a Playwright context, the first being `page`. */
export function playwrightTabs(engine: EngineName, context: BrowserContext, page: Page): Tabs {
  return {
    engine,
    first: playwrightTab(page),
    open: async () => playwrightTab(await context.newPage()),
    setOffline: (offline) => context.setOffline(offline),
  };
}
