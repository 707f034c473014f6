import type { Page } from '@playwright/test';

/**
 * What browsers report for a request that failed, which the suite causes on purpose (offline, cut
 * connections, injected 5xx), so not the page's errors. Chromium logs a console error "Failed to load
 * resource: net::ERR_..." or "...status of 503"; Firefox, over WebDriver BiDi, reports an error
 * "Cross-Origin Request Blocked: ... (Reason: CORS request did not succeed)" for a cross-origin
 * request that got no answer at all.
 */
const NETWORK_NOISE = [/^Failed to load resource\b/, /^Cross-Origin Request Blocked: .*\(Reason: CORS request did not succeed\)/];
const isNoise = (text: string) => NETWORK_NOISE.some((pattern) => pattern.test(text));

/**
 * Collects the page's uncaught errors and console errors into `errors` (returned), so a test can
 * fail when the tracker disturbed the host page. Returns the same array, filled as they happen.
 * `consoleErrors: false` leaves console errors out, for Firefox: over WebDriver BiDi a logged Error
 * arrives as just "Error" (its message lost even to the argument's handle), so the engine fixtures
 * read console.error calls in the page itself (engine/watch-page.ts).
 */
export function trackErrors(page: Page, errors: string[] = [], { consoleErrors = true } = {}): string[] {
  page.on('pageerror', (error) => {
    // Firefox's network errors may carry their text in the stack only.
    const text = error.stack || error.message || String(error);
    if (!isNoise(error.message) && !isNoise(text)) errors.push(`pageerror on ${page.url()}: ${text}`);
  });
  page.on('console', (message) => {
    if (!consoleErrors || message.type() !== 'error' || isNoise(message.text())) return;
    errors.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  return errors;
}
