import type { ExperimentReport, ShipFigures } from '@vitrine/contracts';

/**
 * The figures a decision to ship `arm` rests on, as the report shows them: every arm's visitors,
 * and the arm's comparison with the baseline. The baseline has no comparison of its own.
 */
export function figuresOf(experiment: ExperimentReport, arm: string): ShipFigures {
  const baseline = experiment.comparisons[0]?.baseline_arm_id ?? experiment.arms[0]?.arm_id ?? arm;
  const comparison = experiment.comparisons.find((c) => c.arm_id === arm);
  return {
    visitors: Object.fromEntries(experiment.arms.map((a) => [a.arm_id, a.exposures])),
    baseline,
    difference: comparison?.difference ?? null,
    interval: comparison?.interval ?? null,
    verdict: comparison?.verdict ?? (arm === baseline ? 'baseline' : 'collecting'),
  };
}
