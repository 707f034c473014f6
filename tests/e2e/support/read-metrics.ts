import type { MetricsResult } from '../../../packages/contracts/src/index.js';

/** GET /api/metrics for one showroom, as the dashboard asks for it (an admin route: the token goes along). */
export async function readMetrics(shop: { url: string; adminToken: string }, showroom: string): Promise<MetricsResult> {
  const res = await fetch(`${shop.url}/api/metrics?showroom=${encodeURIComponent(showroom)}`, { headers: { Authorization: `Bearer ${shop.adminToken}` } });
  if (!res.ok) throw new Error(`/api/metrics answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as MetricsResult;
}
