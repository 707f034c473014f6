import type { ArmVerdict } from '@vitrine/contracts';
import type { AlwaysValidComparison } from './always-valid-comparison.js';

/** An effect smaller than this share of the baseline's rate is one a marketer would not act on. */
export const NEGLIGIBLE_RELATIVE_EFFECT = 0.1;

/**
 * What an arm's comparison lets a marketer decide: `better` or `worse` once the always-valid
 * interval excludes no difference; `no-difference` once it fits within ±10 % of the baseline's rate
 * (enough data: any effect left is too small to act on); `undecided` until one of those; and
 * `collecting` while an arm is below the test's minimum of visitors.
 */
export function armVerdict(comparison: AlwaysValidComparison | null, baselineRate: number): ArmVerdict {
  if (!comparison) return 'collecting';
  if (comparison.significant) return comparison.difference > 0 ? 'better' : 'worse';
  const negligible = NEGLIGIBLE_RELATIVE_EFFECT * baselineRate;
  const [low, high] = comparison.interval;
  return negligible > 0 && low >= -negligible && high <= negligible ? 'no-difference' : 'undecided';
}
