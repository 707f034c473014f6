import { test as servers, expect } from './server-fixtures.js';
import { trackErrors } from './track-errors.js';

export type { RunningCollector, WaitForRowsOptions } from './server-fixtures.js';

/**
 * The servers, and Playwright's own `page` and `context`: for specs that run in the Playwright
 * engines only. Specs that run in every engine use engine-fixtures.ts instead.
 */
export const test = servers.extend<{
  /** Errors thrown or logged by any page of the context; the test fails if there are any. */
  pageErrors: string[];
}>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      for (const page of context.pages()) trackErrors(page, errors);
      context.on('page', (page) => trackErrors(page, errors));
      await use(errors);
      expect(errors, 'no uncaught errors and no console errors in any page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
