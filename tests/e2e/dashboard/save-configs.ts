import type { Experiment } from '../../../packages/contracts/src/index.js';
import { publishConfig } from '../support/publish-config.js';

/**
 * Saves and publishes a minimal config per showroom id, with the experiments given (id -> arm
 * ids, of equal weights, or the experiment as the config states it), through the admin API: the
 * dashboard lists only the showrooms and experiments of stored configs, as it would after a
 * marketer saved them in the editor.
 */
export async function saveConfigs(
  collector: { url: string; adminToken?: string | undefined },
  showrooms: Record<string, Record<string, string[] | Omit<Experiment, 'id'>>>,
): Promise<void> {
  for (const [id, experiments] of Object.entries(showrooms)) {
    const config = {
      product: { name: id, sku: id },
      experiences: [{ type: 'viewer', model: 'model.glb', alt: id }],
      experiments: Object.entries(experiments).map(([experiment, arms]) =>
        Array.isArray(arms) ? { id: experiment, arms: arms.map((arm) => ({ id: arm, weight: 50 })) } : { id: experiment, ...arms },
      ),
    };
    await publishConfig(collector, id, config);
  }
}
