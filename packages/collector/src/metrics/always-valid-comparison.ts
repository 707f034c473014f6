/** An arm's observations of one metric: visitors, and the sum and sum of squares of its per-visitor values. */
export interface ArmSample {
  n: number;
  sum: number;
  /** Σx²: for a 0/1 metric (converted or not) it equals `sum`. */
  sumSquares: number;
}

export interface AlwaysValidComparison {
  /** The treatment's mean minus the baseline's. */
  difference: number;
  /** The 1 - α confidence sequence for the difference: it holds at every look at once, not just one. */
  interval: [number, number];
  /** The always-valid p-value, 1/Λ: under no effect, the chance it ever falls to α is at most α. */
  pValue: number;
  /** The interval excludes 0. */
  significant: boolean;
}

/** The prior effect the test is tuned for, as a share of the baseline's mean: 20 % (see τ below). */
const PRIOR_RELATIVE_EFFECT = 0.2;
/** Fewer visitors than this in an arm and the normal approximation is not trusted: no verdict yet. */
export const MIN_ARM_VISITORS = 100;

/**
 * Baseline and treatment compared by a mixture sequential probability ratio test (mSPRT) with a
 * normal mixture over the difference, the always-valid inference of Johari, Koomen, Pekelis and Walsh,
 * "Always Valid Inference: Continuous Monitoring of A/B Tests" (Operations Research 70(3), 2022):
 *
 *   V = s₁²/n₁ + s₂²/n₂,  Λ = √(V/(V+τ²)) · exp(θ̂² τ² / (2V(V+τ²))),  p = min(1, 1/Λ)
 *
 * By Ville's inequality Λ exceeds 1/α with probability at most α at any of the looks, however
 * many: a dashboard that refreshes every 15 s may be read at every refresh. Inverting Λ ≥ 1/α gives
 * the confidence sequence θ̂ ± √(2V(V+τ²)/τ² · (ln(1/α) + ½ ln((V+τ²)/V))). The variances are the
 * arms' sample variances (the asymptotic version, valid as arms grow), and the mixing scale τ is 20 %
 * of the baseline's mean: the effects a marketer acts on. Null until each arm has MIN_ARM_VISITORS.
 */
export function alwaysValidComparison(baseline: ArmSample, treatment: ArmSample, alpha = 0.05): AlwaysValidComparison | null {
  if (baseline.n < MIN_ARM_VISITORS || treatment.n < MIN_ARM_VISITORS) return null;
  const mean = (arm: ArmSample) => arm.sum / arm.n;
  const variance = (arm: ArmSample) => Math.max(0, (arm.sumSquares - arm.sum ** 2 / arm.n) / (arm.n - 1));
  const difference = mean(treatment) - mean(baseline);
  const v = variance(baseline) / baseline.n + variance(treatment) / treatment.n;
  // A baseline mean of 0 (nothing converted yet) leaves the pooled spread as the scale.
  const scale = Math.abs(mean(baseline)) || Math.sqrt(v * baseline.n);
  const tau2 = (PRIOR_RELATIVE_EFFECT * scale) ** 2;
  if (v === 0 || tau2 === 0) return { difference, interval: [difference, difference], pValue: difference === 0 ? 1 : 0, significant: difference !== 0 };
  const logLambda = 0.5 * Math.log(v / (v + tau2)) + (difference ** 2 * tau2) / (2 * v * (v + tau2));
  const margin = Math.sqrt(((2 * v * (v + tau2)) / tau2) * (Math.log(1 / alpha) + 0.5 * Math.log((v + tau2) / v)));
  const interval: [number, number] = [difference - margin, difference + margin];
  return { difference, interval, pValue: Math.min(1, Math.exp(-logLambda)), significant: interval[0] > 0 || interval[1] < 0 };
}
