import { defineConfig } from 'vitest/config';

// Unit tests only; the e2e suite runs under Playwright (playwright.config.ts). Browser-side tests
// opt into a DOM per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  // The build-time constants rollup replaces (rollup.config.mjs); unit tests run the dev build.
  define: { __DEV__: 'true', __VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A throwaway PostgreSQL cluster for the PostgreSQL tests (skipped, loudly, where it is missing).
    globalSetup: ['tests/unit/support/postgres-global-setup.ts'],
  },
});
