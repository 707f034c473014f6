import type { GuardrailVerdict } from '@vitrine/contracts';
import type { AlwaysValidComparison } from './always-valid-comparison.js';
import { NEGLIGIBLE_RELATIVE_EFFECT } from './arm-verdict.js';

/**
 * What a guardrail's comparison says about harm, the one question a guardrail asks: `worse` once the
 * always-valid interval is all below no difference; `not-worse` once its low end is within 10 % of
 * the baseline's value below it (any harm left is too small to act on; a better arm is not worse
 * either); `not-worse-yet` until one of those; `collecting` while an arm is below the test's minimum.
 */
export function guardrailVerdict(comparison: AlwaysValidComparison | null, baselineMean: number): GuardrailVerdict {
  if (!comparison) return 'collecting';
  const [low, high] = comparison.interval;
  if (high < 0) return 'worse';
  return low >= -Math.max(0, NEGLIGIBLE_RELATIVE_EFFECT * baselineMean) ? 'not-worse' : 'not-worse-yet';
}
