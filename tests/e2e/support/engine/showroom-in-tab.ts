import { expect } from '@playwright/test';
import type { BrowserTab } from './browser-tab.js';

/** The showroom's element on the demo's pages. */
export const HOST = 'vitrine-showroom';

/**
 * Marks the first element in the showroom's shadow root with role `role` and accessible name `name`
 * (aria-label, the label of an input, or the text), so that clickIn can reach it; false when none.
 */
const mark = (tab: BrowserTab, role: string, name: string): Promise<boolean> =>
  tab.evaluate(
    ({ host, role, name }) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (!root) return false;
      root.querySelectorAll('[data-e2e]').forEach((el) => el.removeAttribute('data-e2e'));
      const implicit = (el: Element) => (el instanceof HTMLInputElement ? el.type : el.tagName === 'BUTTON' ? 'button' : el.tagName === 'A' ? 'link' : '');
      const text = (el: Element) => (el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.closest('label')?.textContent : el.textContent) ?? '').replace(/\s+/g, ' ').trim();
      const match = [...root.querySelectorAll('*')].find((el) => (el.getAttribute('role') ?? implicit(el)) === role && text(el) === name);
      match?.setAttribute('data-e2e', '');
      return !!match;
    },
    { host: HOST, role, name },
  );

/** Clicks, as a shopper would, the showroom's control with that role and name. */
export async function click(tab: BrowserTab, role: string, name: string): Promise<void> {
  await expect.poll(() => mark(tab, role, name), { message: `${role} "${name}" in the showroom` }).toBe(true);
  await tab.clickIn(HOST, '[data-e2e]');
}

/** Waits until the showroom's shadow root shows `text`. */
export const shows = (tab: BrowserTab, text: string) =>
  expect.poll(() => tab.evaluate(({ host, text }) => !!document.querySelector(host)?.shadowRoot?.textContent?.includes(text), { host: HOST, text }), { message: `"${text}" shown` }).toBe(true);
