import type { ConfigStore } from '../configs/config-store.js';

export type ExperimentArms = ReadonlyMap<string, readonly { id: string; weight: number }[]>;

/**
 * The arms and weights of every experiment in the published configs, for the sample-ratio check.
 * A published config is valid (publish refuses others), but an experiment without usable arms is
 * skipped all the same: the check then falls back to equal shares.
 */
export async function readExperimentArms(configs: ConfigStore): Promise<ExperimentArms> {
  const arms = new Map<string, { id: string; weight: number }[]>();
  for (const { id } of await configs.list()) {
    const published = await configs.published(id);
    if (!published) continue;
    const experiments = (JSON.parse(published.text) as { experiments?: unknown }).experiments;
    if (!Array.isArray(experiments)) continue;
    for (const experiment of experiments as { id?: unknown; arms?: unknown }[]) {
      if (typeof experiment?.id !== 'string' || !Array.isArray(experiment.arms)) continue;
      arms.set(
        experiment.id,
        (experiment.arms as { id?: unknown; weight?: unknown }[])
          .filter((arm) => typeof arm?.id === 'string')
          .map((arm) => ({ id: arm.id as string, weight: typeof arm.weight === 'number' && arm.weight >= 0 ? arm.weight : 1 })),
      );
    }
  }
  return arms;
}
