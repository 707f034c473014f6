import { fileURLToPath } from 'node:url';
import { defineConfig, type PlaywrightTestOptions, type PlaywrightWorkerOptions, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';
import { findEngines } from './scripts/find-engines.mjs';
import type { EngineOptions } from './tests/e2e/support/engine-fixtures.js';

const engines = findEngines();
if (process.env['CI'] && Object.keys(engines.missing).length > 0) {
  throw new Error(`CI runs every engine, but some lack ${JSON.stringify(engines.missing)}: run scripts/ensure-browsers.sh first`);
}

/**
 * Every spec runs in Chromium. Specs tagged `@firefox` or `@webkit` (EVERY_ENGINE) run in those
 * engines too, when installed: Firefox ESR through Playwright's WebDriver BiDi channel (headed: headless
 * Firefox has no WebGL here), WebKitGTK's MiniBrowser through WebKitWebDriver (tests/e2e/support/engine);
 * each headed browser on an Xvfb of its own.
 */
const projects: Array<Project<PlaywrightTestOptions, PlaywrightWorkerOptions & EngineOptions>> = [
  {
    name: 'chromium',
    use: {
      engine: 'chromium',
      browserName: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      },
    },
  },
];
if (engines.firefox) {
  projects.push({
    name: 'firefox',
    grep: /@firefox/,
    use: {
      engine: 'firefox',
      browserName: 'firefox',
      channel: 'moz-firefox',
      headless: false,
      // Without screenshots: in Firefox, Playwright takes them with a <style> it adds to the page,
      // which a strict CSP refuses and reports, a violation that is the tool's, not the page's.
      trace: { mode: 'retain-on-failure', screenshots: false },
      launchOptions: {
        // ESR's BiDi cannot emulate media features (firefox-bidi.mjs), so the `reducedMotion:
        // 'reduce'` the demo specs ask for is set for the whole browser instead; and Firefox has no
        // clipboard permission to grant, so the page reads it without asking, as Chromium's may.
        firefoxUserPrefs: { 'ui.prefersReducedMotion': 1, 'dom.events.testing.asyncClipboard': true },
        // Starts the system Firefox behind a BiDi proxy that fills in what ESR lacks (see the file).
        executablePath: fileURLToPath(new URL('scripts/firefox-bidi.mjs', import.meta.url)),
        env: { ...process.env, VITRINE_FIREFOX: engines.firefox },
      },
    },
  });
}
if (engines.webkit) {
  projects.push({ name: 'webkit', grep: /@webkit/, use: { engine: 'webkit', webkitPaths: engines.webkit } });
}

/** End-to-end suite: the built tracker and showroom in real browsers against the real collector. */
export default defineConfig<PlaywrightTestOptions, EngineOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2, // CI has 2 cores
  // One retry in CI only, named by the engine summary: on 2 cores shared by three browsers with
  // software GL, about one full run in four lost a test to the machine (a WebDriver session that
  // never opened in 90 s, a request cut by a page that was already gone), never the same one twice.
  // A real fault fails both tries; locally every failure shows at once.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 120_000, // ms per test: software WebGL on 2 shared cores compiles shaders slowly
  // ms an expectation waits for its outcome (Playwright's default is 5 s): events reach the collector
  // 1 s after a click, and a loaded CI run took over 5 s to store one.
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env['CI'],
  reporter: [process.env['CI'] ? ['line'] : ['list'], ['./tests/e2e/support/engine/engine-summary.ts']],
  globalSetup: './tests/e2e/support/engine/global-setup.ts',
  use: {
    headless: true,
    trace: 'retain-on-failure',
  },
  projects,
});
