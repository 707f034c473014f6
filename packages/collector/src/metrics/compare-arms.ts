import type { ArmComparison, ArmReport, ExperimentMetric } from '@vitrine/contracts';
import { alwaysValidComparison, type AlwaysValidComparison } from './always-valid-comparison.js';

/**
 * Each arm but the baseline against the baseline on one metric, by always-valid inference on the
 * arms' per-visitor samples, with the verdict `verdict` draws from the result and the baseline's mean
 * (armVerdict, or guardrailVerdict for a guardrail).
 */
export function compareArms<Verdict extends string>(
  metric: ExperimentMetric,
  baseline: ArmReport,
  arms: readonly ArmReport[],
  verdict: (result: AlwaysValidComparison | null, baselineMean: number) => Verdict,
): ArmComparison<Verdict>[] {
  return arms
    .filter((arm) => arm !== baseline)
    .map((arm) => {
      const [a, b] = [baseline.metrics[metric], arm.metrics[metric]];
      const result = alwaysValidComparison(a, b);
      return {
        arm_id: arm.arm_id,
        baseline_arm_id: baseline.arm_id,
        difference: a.mean === null || b.mean === null ? null : b.mean - a.mean,
        interval: result?.interval ?? null,
        pValue: result?.pValue ?? null,
        verdict: verdict(result, a.mean ?? 0),
      };
    });
}
