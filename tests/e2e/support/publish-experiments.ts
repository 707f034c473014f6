import { readFile } from 'node:fs/promises';
import type { Experiment } from '../../../packages/contracts/src/index.js';
import { publishConfig } from './publish-config.js';

const ASTER_CHAIR = new URL('../../../demo/configs/aster-chair.json', import.meta.url);

/**
 * Saves and publishes, through the admin API, the demo's product-page config (aster-chair) with
 * `experiments` in place of its own, as a marketer would in the editor: the product page shows it
 * from its next load (before the first, since the browser caches a published config).
 */
export async function publishExperiments(shop: { url: string; adminToken: string }, experiments: Experiment[]): Promise<void> {
  const config = { ...(JSON.parse(await readFile(ASTER_CHAIR, 'utf8')) as Record<string, unknown>), experiments };
  await publishConfig(shop, 'aster-chair', config);
}
