import { describe, expect, it } from 'vitest';
import type { ArmVerdict, GuardrailVerdict, MetricReport } from '@vitrine/contracts';
import { enoughData } from '../../../../packages/collector/src/metrics/enough-data.js';

const comparison = <V extends string>(arm_id: string, verdict: V) => ({ arm_id, baseline_arm_id: 'control', difference: 0, interval: null, pValue: null, verdict });
const primary = (...verdicts: ArmVerdict[]): MetricReport => ({ metric: 'order', role: 'primary', comparisons: verdicts.map((v, i) => comparison(`arm-${i}`, v)) });
const guardrail = (...verdicts: GuardrailVerdict[]): MetricReport => ({ metric: 'cta', role: 'guardrail', comparisons: verdicts.map((v, i) => comparison(`arm-${i}`, v)) });
const other = (...verdicts: ArmVerdict[]): MetricReport => ({ metric: 'add-to-cart', role: 'other', comparisons: verdicts.map((v, i) => comparison(`arm-${i}`, v)) });

describe('enoughData', () => {
  it.each<[string, MetricReport[], boolean]>([
    ['not without an arm to compare', [primary()], false],
    ['once the primary metric is better and nothing guards it', [primary('better'), other('undecided')], true],
    ['once there is no difference worth acting on', [primary('no-difference')], true],
    ['not while the primary metric is undecided', [primary('undecided')], false],
    ['not while an arm is collecting', [primary('better', 'collecting')], false],
    ['once the primary metric is worse, whatever the guardrails', [primary('worse'), guardrail('not-worse-yet')], true],
    ['once a guardrail is harmed, whatever the primary metric', [primary('undecided'), guardrail('worse')], true],
    ['not while a guardrail of a better arm may still turn out worse', [primary('better'), guardrail('not-worse-yet')], false],
    ['once every guardrail of a better arm is not worse', [primary('better', 'no-difference'), guardrail('not-worse', 'not-worse')], true],
  ])('%s', (_case, metrics, enough) => {
    expect(enoughData(metrics)).toBe(enough);
  });
});
