import { EXPERIMENT_METRICS, type ExperimentMetric } from '@vitrine/contracts';
import type { ConfigStore } from '../configs/config-store.js';
import type { ExperimentDesign } from './experiment-design.js';

const isMetric = (value: unknown): value is ExperimentMetric => (EXPERIMENT_METRICS as unknown[]).includes(value);

/**
 * The design of every experiment in the published configs: its arms and weights (the sample-ratio
 * check), its hold-out arm (the baseline of the showroom's effect), its primary metric and
 * guardrails. A published config is valid (publish refuses others), but it is read defensively all
 * the same, since the validator may have become stricter since: an experiment without usable arms
 * is skipped (the check then falls back to equal shares), an unknown metric is left out.
 */
export async function readExperimentDesigns(configs: ConfigStore): Promise<ReadonlyMap<string, ExperimentDesign>> {
  const designs = new Map<string, ExperimentDesign>();
  for (const { id } of await configs.list()) {
    const published = await configs.published(id);
    if (!published) continue;
    const experiments = (JSON.parse(published.text) as { experiments?: unknown }).experiments;
    if (!Array.isArray(experiments)) continue;
    for (const experiment of experiments as { id?: unknown; arms?: unknown; primaryMetric?: unknown; guardrails?: unknown }[]) {
      if (typeof experiment?.id !== 'string' || !Array.isArray(experiment.arms)) continue;
      designs.set(experiment.id, {
        arms: (experiment.arms as { id?: unknown; weight?: unknown; holdout?: unknown }[])
          .filter((arm) => typeof arm?.id === 'string')
          .map((arm) => ({
            id: arm.id as string,
            weight: typeof arm.weight === 'number' && arm.weight >= 0 ? arm.weight : 1,
            ...(arm.holdout === 'none' || arm.holdout === 'poster' ? { holdout: arm.holdout } : {}),
          })),
        primaryMetric: isMetric(experiment.primaryMetric) ? experiment.primaryMetric : 'cta',
        guardrails: Array.isArray(experiment.guardrails) ? [...new Set(experiment.guardrails.filter(isMetric))] : [],
      });
    }
  }
  return designs;
}
