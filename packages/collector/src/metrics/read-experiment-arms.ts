import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type ExperimentArms = ReadonlyMap<string, readonly { id: string; weight: number }[]>;

/**
 * The arms and weights of every experiment in the published configs (`{configsDir}/*.json`), for
 * the sample-ratio check. A config that cannot be read or parsed is skipped: it is the widget's
 * job to report a bad config, and the check then falls back to equal shares.
 */
export async function readExperimentArms(configsDir: string | undefined): Promise<ExperimentArms> {
  const arms = new Map<string, { id: string; weight: number }[]>();
  if (configsDir === undefined) return arms;
  const files = (await readdir(configsDir).catch(() => [])).filter((name) => name.endsWith('.json'));
  for (const file of files) {
    let config: unknown;
    try {
      config = JSON.parse(await readFile(join(configsDir, file), 'utf8'));
    } catch {
      continue;
    }
    const experiments = (config as { experiments?: unknown } | null)?.experiments;
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
