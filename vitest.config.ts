import { defineConfig } from 'vitest/config';

// Unit tests only; the e2e suite runs under Playwright (playwright.config.ts). Browser-side tests
// opt into a DOM per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
