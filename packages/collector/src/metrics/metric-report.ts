import type { ArmComparison, ArmReport, ExperimentMetric, MetricReport } from '@vitrine/contracts';
import { alwaysValidComparison, type AlwaysValidComparison } from './always-valid-comparison.js';
import { armVerdict } from './arm-verdict.js';
import { guardrailVerdict } from './guardrail-verdict.js';

/**
 * One metric's comparisons: each arm but the baseline against the baseline, by always-valid
 * inference on the arms' per-visitor samples; a guardrail's verdicts speak of harm only.
 */
export function metricReport(metric: ExperimentMetric, role: MetricReport['role'], baseline: ArmReport, arms: readonly ArmReport[]): MetricReport {
  const compare = <V extends string>(verdict: (result: AlwaysValidComparison | null, baselineMean: number) => V) =>
    arms
      .filter((arm) => arm !== baseline)
      .map((arm): ArmComparison<V> => {
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
  return role === 'guardrail' ? { metric, role, comparisons: compare(guardrailVerdict) } : { metric, role, comparisons: compare(armVerdict) };
}
