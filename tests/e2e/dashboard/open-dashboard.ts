import type { Page } from '@playwright/test';

/**
 * Opens the dashboard the collector at `collectorUrl` serves, with `search` as its filters. The one
 * place the specs open it, so signing in first (once the admin guard covers /admin/) is one change.
 */
export async function openDashboard(page: Page, collectorUrl: string, search = ''): Promise<void> {
  await page.goto(`${collectorUrl}/admin/dashboard/${search}`);
}
