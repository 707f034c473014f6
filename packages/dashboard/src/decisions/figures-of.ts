import type { ExperimentReport, MetricReport, ShipFigures } from '@vitrine/contracts';

/**
 * The figures a decision to ship `arm` rests on, as the report shows them: every arm's visitors,
 * the arm's and the baseline's value of the primary metric and the arm's comparison on it, and
 * its guardrails' verdicts. The baseline has no comparison of its own.
 */
export function figuresOf(experiment: ExperimentReport, arm: string): ShipFigures {
  const { arms, metrics, primaryMetric: metric, currency } = experiment;
  const primary = metrics.find((m): m is Exclude<MetricReport, { role: 'guardrail' }> => m.role === 'primary');
  const baseline = primary?.comparisons[0]?.baseline_arm_id ?? arms[0]?.arm_id ?? arm;
  const comparison = primary?.comparisons.find((c) => c.arm_id === arm);
  const mean = (id: string): number | null => arms.find((a) => a.arm_id === id)?.metrics[metric].mean ?? null;
  return {
    visitors: Object.fromEntries(arms.map((a) => [a.arm_id, a.exposures])),
    baseline,
    metric,
    value: mean(arm),
    baselineValue: mean(baseline),
    difference: comparison?.difference ?? null,
    interval: comparison?.interval ?? null,
    verdict: comparison?.verdict ?? (arm === baseline ? 'baseline' : 'collecting'),
    ...(metric === 'revenue-per-visitor' && { currency }),
    guardrails: metrics.flatMap((m) => {
      const verdict = m.role === 'guardrail' ? m.comparisons.find((c) => c.arm_id === arm)?.verdict : undefined;
      return verdict ? [{ metric: m.metric, verdict }] : [];
    }),
  };
}
