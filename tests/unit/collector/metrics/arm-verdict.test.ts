import { describe, expect, it } from 'vitest';
import type { ArmVerdict } from '@vitrine/contracts';
import type { AlwaysValidComparison } from '../../../../packages/collector/src/metrics/always-valid-comparison.js';
import { armVerdict } from '../../../../packages/collector/src/metrics/arm-verdict.js';

const result = (difference: number, interval: [number, number], significant: boolean): AlwaysValidComparison => ({ difference, interval, pValue: significant ? 0.01 : 0.5, significant });

describe('armVerdict', () => {
  it.each<[string, AlwaysValidComparison | null, number, ArmVerdict]>([
    ['collecting while the test has no result', null, 0.05, 'collecting'],
    ['better when the interval is above 0', result(0.01, [0.002, 0.018], true), 0.05, 'better'],
    ['worse when the interval is below 0', result(-0.01, [-0.018, -0.002], true), 0.05, 'worse'],
    ['no difference when the interval fits within ±10 % of the baseline rate', result(0.001, [-0.004, 0.0049], false), 0.05, 'no-difference'],
    ['undecided when the interval still reaches past 10 % of the baseline rate', result(0.001, [-0.004, 0.0051], false), 0.05, 'undecided'],
    ['undecided with a baseline rate of 0', result(0, [-0.001, 0.001], false), 0, 'undecided'],
  ])('%s', (_case, comparison, baselineRate, verdict) => {
    expect(armVerdict(comparison, baselineRate)).toBe(verdict);
  });
});
