import { expect, type Page } from '@playwright/test';

/**
 * Signs `page`'s browser context in as the admin the way the login form does (a POST of the
 * token), so the session cookie rides along with every page and API request that follows.
 */
export async function signIn(page: Page, collector: { url: string; adminToken?: string | undefined }): Promise<void> {
  if (!collector.adminToken) throw new Error('the collector did not create an admin token on this start');
  const res = await page.request.post(`${collector.url}/admin/login`, { form: { token: collector.adminToken }, maxRedirects: 0 });
  expect(res.status(), 'login answers with a redirect').toBe(303);
  expect(res.headers()['set-cookie']).toMatch(/HttpOnly/i);
}
