import { getAtPath } from './get-at-path.js';

/**
 * A copy of `config` with one more experiment: an A/B test of the call-to-action wording, arms
 * `control` (the config as it is) and `new-label` (its button label, ready to be reworded in the
 * form), 50/50. Its id is `cta-label`, numbered when taken, so every click adds a new test.
 */
export function addCtaExperiment(config: unknown): unknown {
  const existing = getAtPath(config, ['experiments']);
  const experiments = Array.isArray(existing) ? existing : [];
  const taken = new Set(experiments.map((experiment) => getAtPath(experiment, ['id'])));
  let id = 'cta-label';
  for (let n = 2; taken.has(id); n++) id = `cta-label-${n}`;
  const label = getAtPath(config, ['product', 'cta', 'label']);
  const experiment = {
    id,
    arms: [
      { id: 'control', weight: 50 },
      { id: 'new-label', weight: 50, patch: { product: { cta: { label: typeof label === 'string' ? label : '' } } } },
    ],
  };
  return { ...(config as Record<string, unknown>), experiments: [...experiments, experiment] };
}
