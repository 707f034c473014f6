import type { Page } from '@playwright/test';

/**
 * Chromium logs every failed request as a console error ("Failed to load resource: net::ERR_..."
 * or "...status of 503"). The suite causes those on purpose (offline, cut connections, injected
 * 5xx), so they are not the page's errors.
 */
const NETWORK_NOISE = /^Failed to load resource\b/;

/**
 * Collects the page's uncaught errors and console errors into `errors` (returned), so a test can
 * fail when the tracker disturbed the host page. Returns the same array, filled as they happen.
 */
export function trackErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(`pageerror on ${page.url()}: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || NETWORK_NOISE.test(message.text())) return;
    errors.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  return errors;
}
