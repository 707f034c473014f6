import type { ShowroomConfig } from '@vitrine/contracts';

/**
 * The config the preview shows when the marketer picks an arm per experiment, so the preview shows
 * that arm (and its patch) every time instead of a random one. An experiment needs two arms, so the
 * others stay, after the picked one and with the least weight the schema allows: bucketing walks
 * the arms' cumulative shares over [0, 1), and the picked arm's share then rounds to exactly 1.
 * Experiments without a pick, or with a pick that is no longer one of their arms, stay as they are.
 */
export function pinPreviewArms(config: ShowroomConfig, picks: Readonly<Record<string, string>>): ShowroomConfig {
  if (!config.experiments) return config;
  const experiments = config.experiments.map((experiment) => {
    const picked = experiment.arms.find((arm) => Object.hasOwn(picks, experiment.id) && arm.id === picks[experiment.id]);
    if (!picked) return experiment;
    const others = experiment.arms.filter((arm) => arm !== picked).map((arm) => ({ ...arm, weight: Number.MIN_VALUE }));
    return { ...experiment, arms: [{ ...picked, weight: 1 }, ...others] };
  });
  return { ...config, experiments };
}
