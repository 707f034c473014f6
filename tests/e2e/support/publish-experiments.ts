import { readFile } from 'node:fs/promises';
import type { Experiment } from '../../../packages/contracts/src/index.js';

const ASTER_CHAIR = new URL('../../../demo/configs/aster-chair.json', import.meta.url);

/**
 * Saves and publishes, through the admin API, the demo's product-page config (aster-chair) with
 * `experiments` in place of its own, as a marketer would in the editor: the product page shows it
 * from its next load (before the first, since the browser caches a published config).
 */
export async function publishExperiments(shop: { url: string; adminToken: string }, experiments: Experiment[]): Promise<void> {
  const post = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${shop.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${shop.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const config = { ...(JSON.parse(await readFile(ASTER_CHAIR, 'utf8')) as Record<string, unknown>), experiments };
  const saved = await post('/api/configs/aster-chair/versions', { config });
  await post('/api/configs/aster-chair/publish', { version: saved['version'] });
}
