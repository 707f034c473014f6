import type { ConfigStore } from '../configs/config-store.js';
import { ROLLUP_BOUNDS } from '../ingest/rollup-bounds.js';
import type { KnownIds } from './metrics-context.js';

type VersionExperiments = [experimentId: string, armIds: string[]][];

/** The experiments of each saved version, by `id@version`: a saved version never changes, so it is read once. */
const cache = new WeakMap<ConfigStore, Map<string, VersionExperiments>>();

/**
 * The showrooms (config ids) and the experiments and arms of every saved version of every
 * config, published or not: an experiment taken out of the live config keeps its figures listed.
 */
export async function readKnownIds(configs: ConfigStore): Promise<KnownIds> {
  let versions = cache.get(configs);
  if (!versions) cache.set(configs, (versions = new Map()));
  const showrooms = new Set<string>();
  const experiments = new Map<string, Set<string>>();
  for (const { id, latest } of await configs.list()) {
    showrooms.add(id);
    for (let n = 1; n <= latest; n++) {
      let found = versions.get(`${id}@${n}`);
      if (!found) {
        const saved = await configs.version(id, n);
        found = saved ? experimentsOf(saved.text) : [];
        versions.set(`${id}@${n}`, found);
      }
      for (const [experimentId, armIds] of found) {
        const arms = experiments.get(experimentId) ?? new Set<string>();
        experiments.set(experimentId, arms);
        for (const armId of armIds) arms.add(armId);
      }
    }
  }
  return { showrooms, experiments };
}

/** A saved version may be invalid (it is kept, not published): read it defensively. */
function experimentsOf(text: string): VersionExperiments {
  const isId = (value: unknown): value is string => typeof value === 'string' && ROLLUP_BOUNDS.idPattern.test(value);
  const { experiments } = JSON.parse(text) as { experiments?: unknown };
  if (!Array.isArray(experiments)) return [];
  return (experiments as { id?: unknown; arms?: unknown }[])
    .filter((experiment) => isId(experiment?.id))
    .map((experiment) => [
      experiment.id as string,
      (Array.isArray(experiment.arms) ? (experiment.arms as { id?: unknown }[]) : []).map((arm) => arm?.id).filter(isId),
    ]);
}
