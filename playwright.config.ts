import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';

/** End-to-end suite: the built tracker in real Chromium against the real collector. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2, // CI has 2 cores
  retries: 0,
  timeout: 120_000, // ms per test: software WebGL on 2 shared cores compiles shaders slowly
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? [['line']] : [['list']],
  use: {
    headless: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
});
