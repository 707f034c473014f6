import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/support/chromium-path.js';

/** End-to-end suite: the built tracker in real Chromium against the real collector. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2, // CI has 2 cores
  retries: 0,
  timeout: 60_000, // ms per test
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
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-gpu',
          ],
        },
      },
    },
  ],
});
