import type { ArmReport, HoldoutArm, MetricSample, ShowroomEffect, ShowroomEffectOn } from '@vitrine/contracts';
import { alwaysValidComparison } from './always-valid-comparison.js';
import { armVerdict } from './arm-verdict.js';

/** The shown arms' samples as one: every shown visitor, whatever the arm. */
const pooled = (samples: readonly MetricSample[]): MetricSample => {
  const [n, sum, sumSquares] = samples.reduce(([n, sum, squares], s) => [n + s.n, sum + s.sum, squares + s.sumSquares], [0, 0, 0]);
  return { n, sum, sumSquares, mean: n === 0 ? null : sum / n };
};

function effectOn(shown: MetricSample, heldOut: MetricSample): ShowroomEffectOn {
  const result = alwaysValidComparison(heldOut, shown);
  const difference = shown.mean === null || heldOut.mean === null ? null : shown.mean - heldOut.mean;
  // Relative to the hold-out's mean, taken as known; nothing is relative to a mean of 0.
  const base = heldOut.mean || null;
  return {
    shown: shown.mean,
    heldOut: heldOut.mean,
    difference,
    interval: result?.interval ?? null,
    relative: difference === null || base === null ? null : difference / base,
    relativeInterval: result && base ? [result.interval[0] / base, result.interval[1] / base] : null,
    pValue: result?.pValue ?? null,
    verdict: armVerdict(result, heldOut.mean ?? 0),
  };
}

/**
 * The showroom's causal effect on orders and revenue: the visitors of every shown arm (those
 * without a hold-out) pooled against those of `holdout`, compared as arms are (always-valid). The
 * experiment randomised who was held out, so the difference is the showroom's doing.
 */
export function showroomEffect(holdout: ArmReport & { holdout: HoldoutArm['holdout'] }, arms: readonly ArmReport[]): ShowroomEffect {
  const shown = arms.filter((arm) => arm.holdout === undefined);
  return {
    holdout_arm_id: holdout.arm_id,
    holdout: holdout.holdout,
    order: effectOn(pooled(shown.map((arm) => arm.metrics.order)), holdout.metrics.order),
    revenuePerVisitor: effectOn(pooled(shown.map((arm) => arm.metrics['revenue-per-visitor'])), holdout.metrics['revenue-per-visitor']),
  };
}
