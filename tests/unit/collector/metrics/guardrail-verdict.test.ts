import { describe, expect, it } from 'vitest';
import type { GuardrailVerdict } from '@vitrine/contracts';
import type { AlwaysValidComparison } from '../../../../packages/collector/src/metrics/always-valid-comparison.js';
import { guardrailVerdict } from '../../../../packages/collector/src/metrics/guardrail-verdict.js';

const result = (interval: [number, number]): AlwaysValidComparison => ({
  difference: (interval[0] + interval[1]) / 2,
  interval,
  pValue: interval[0] > 0 || interval[1] < 0 ? 0.01 : 0.5,
  significant: interval[0] > 0 || interval[1] < 0,
});

describe('guardrailVerdict', () => {
  it.each<[string, AlwaysValidComparison | null, number, GuardrailVerdict]>([
    ['collecting while the test has no result', null, 0.05, 'collecting'],
    ['worse when the interval is below 0', result([-0.018, -0.002]), 0.05, 'worse'],
    ['not worse when any harm left is within 10 % of the baseline', result([-0.005, 0.02]), 0.05, 'not-worse'],
    ['not worse when the arm is better', result([0.002, 0.018]), 0.05, 'not-worse'],
    ['not worse yet while the interval still reaches harm past 10 %', result([-0.0051, 0.02]), 0.05, 'not-worse-yet'],
    ['not worse yet with a baseline of 0 and an interval below it', result([-0.001, 0.001]), 0, 'not-worse-yet'],
  ])('%s', (_case, comparison, baselineMean, verdict) => {
    expect(guardrailVerdict(comparison, baselineMean)).toBe(verdict);
  });
});
