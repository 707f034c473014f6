import { EXPERIMENT_METRICS, type ArmReport, type ExperimentMetric, type ExperimentReport, type HoldoutArm, type MetricReport } from '@vitrine/contracts';
import { armVerdict } from './arm-verdict.js';
import { compareArms } from './compare-arms.js';
import { enoughData } from './enough-data.js';
import type { ExperimentDesign } from './experiment-design.js';
import { guardrailVerdict } from './guardrail-verdict.js';
import { sampleRatioCheck } from './sample-ratio-check.js';
import { showroomEffect } from './showroom-effect.js';

/** One metric's comparisons; a guardrail's verdicts speak of harm only. */
const metricReport = (metric: ExperimentMetric, role: MetricReport['role'], baseline: ArmReport, arms: readonly ArmReport[]): MetricReport =>
  role === 'guardrail' ? { metric, role, comparisons: compareArms(metric, baseline, arms, guardrailVerdict) } : { metric, role, comparisons: compareArms(metric, baseline, arms, armVerdict) };

/**
 * An experiment's report from its arms' figures (in the design's order) and its design (undefined
 * when no published config names it: CTA conversion is then the primary metric, without
 * guardrails). The baseline is the hold-out arm if there is one (and the showroom's effect is
 * measured against it), else the first arm. Pure.
 */
export function experimentReport(experimentId: string, arms: ArmReport[], design: ExperimentDesign | undefined, currency: string): Omit<ExperimentReport, 'live'> {
  const primaryMetric = design?.primaryMetric ?? 'cta';
  const guardrails = [...new Set(design?.guardrails)].filter((metric) => metric !== primaryMetric);
  const holdout = arms.find((arm): arm is ArmReport & { holdout: HoldoutArm['holdout'] } => arm.holdout !== undefined);
  const baseline = holdout ?? arms[0];
  const others = EXPERIMENT_METRICS.filter((metric) => metric !== primaryMetric && !guardrails.includes(metric));
  const metrics = baseline
    ? [
        metricReport(primaryMetric, 'primary', baseline, arms),
        ...guardrails.map((metric) => metricReport(metric, 'guardrail', baseline, arms)),
        ...others.map((metric) => metricReport(metric, 'other', baseline, arms)),
      ]
    : [];
  return {
    experiment_id: experimentId,
    arms,
    primaryMetric,
    guardrails,
    currency,
    comparisons: baseline ? compareArms('cta', baseline, arms, armVerdict) : [],
    metrics,
    enoughData: enoughData(metrics),
    showroomEffect: holdout ? showroomEffect(holdout, arms) : null,
    sampleRatio: sampleRatioCheck(
      arms.map((arm) => arm.exposures),
      arms.map((arm) => arm.expectedShare),
    ),
  };
}
