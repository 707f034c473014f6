import type { ConfigStore } from '../configs/config-store.js';
import type { LiveExperiment } from '@vitrine/contracts';

/**
 * Experiment id -> the published configs that run it now, with their published version: where the
 * dashboard can ship one of its arms. A published config is valid, but it is read defensively as
 * readExperimentDesigns does, since the validator may have become stricter since.
 */
export async function readLiveExperiments(configs: ConfigStore): Promise<Map<string, LiveExperiment[]>> {
  const live = new Map<string, LiveExperiment[]>();
  for (const { id } of await configs.list()) {
    const published = await configs.published(id);
    if (!published) continue;
    const { experiments } = JSON.parse(published.text) as { experiments?: unknown };
    if (!Array.isArray(experiments)) continue;
    for (const experiment of experiments as { id?: unknown }[]) {
      if (typeof experiment?.id !== 'string') continue;
      live.set(experiment.id, [...(live.get(experiment.id) ?? []), { config: id, version: published.version }]);
    }
  }
  return live;
}
