import { chiSquarePValue } from './chi-square-p-value.js';

/** Below this p-value the split is flagged, as common SRM checkers do (e.g. Optimizely, Statsig). */
export const SRM_THRESHOLD = 0.001;

/**
 * Sample-ratio-mismatch check: Pearson's chi-square of the exposures per arm against the shares
 * the config asked for, Σ (observed - expected)² / expected with expected = total · share, and
 * k - 1 degrees of freedom. A mismatch means the split itself is broken (a bucketing or tracking
 * bug), so the arms' figures cannot be compared. Fewer than two arms or no exposures: no mismatch.
 */
export function sampleRatioCheck(exposures: readonly number[], shares: readonly number[]): { chiSquare: number; pValue: number; mismatch: boolean } {
  const total = exposures.reduce((sum, n) => sum + n, 0);
  const arms = exposures.map((observed, i) => ({ observed, expected: total * (shares[i] ?? 0) })).filter((arm) => arm.expected > 0);
  if (arms.length < 2 || total === 0) return { chiSquare: 0, pValue: 1, mismatch: false };
  const chiSquare = arms.reduce((sum, { observed, expected }) => sum + (observed - expected) ** 2 / expected, 0);
  const pValue = chiSquarePValue(chiSquare, arms.length - 1);
  return { chiSquare, pValue, mismatch: pValue < SRM_THRESHOLD };
}
