import type { Page } from '@playwright/test';
import { signIn } from '../support/sign-in.js';

/**
 * Signs in as the admin, then opens the dashboard of `collector` with `search` as its filters: the
 * one place the specs open it.
 */
export async function openDashboard(page: Page, collector: { url: string; adminToken?: string | undefined }, search = ''): Promise<void> {
  await signIn(page, collector);
  await page.goto(`${collector.url}/admin/dashboard/${search}`);
}
