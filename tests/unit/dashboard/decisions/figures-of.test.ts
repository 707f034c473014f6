import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../../packages/dashboard/src/decisions/figures-of.js';
import { experimentFixture } from '../support/metrics-fixture.js';

const visitors = { control: 500, quiz: 480 };

describe('figuresOf', () => {
  it.each([
    [
      'an arm compared with the baseline on the primary metric, with its guardrails',
      'quiz',
      { value: 0.07, baselineValue: 0.04, difference: 0.03, interval: [0.004, 0.056], verdict: 'better', guardrails: [{ metric: 'cta', verdict: 'not-worse-yet' }] },
    ],
    ['the baseline itself', 'control', { value: 0.04, baselineValue: 0.04, difference: null, interval: null, verdict: 'baseline', guardrails: [] }],
    ['an arm without a comparison yet', 'late', { value: null, baselineValue: 0.04, difference: null, interval: null, verdict: 'collecting', guardrails: [] }],
  ])("takes every arm's visitors and the figures of %s", (_, arm, figures) => {
    expect(figuresOf(experimentFixture(), arm)).toEqual({ visitors, baseline: 'control', metric: 'order', ...figures });
  });

  it('takes revenue per visitor with its currency', () => {
    const primary = { arm_id: 'quiz', baseline_arm_id: 'control', difference: 3.6, interval: [-1.25, 8.45] as [number, number], pValue: 0.3, verdict: 'undecided' as const };
    const experiment = experimentFixture({ primaryMetric: 'revenue-per-visitor', guardrails: [], metrics: [{ metric: 'revenue-per-visitor', role: 'primary', comparisons: [primary] }] });
    expect(figuresOf(experiment, 'quiz')).toEqual({
      visitors,
      baseline: 'control',
      metric: 'revenue-per-visitor',
      value: 8.4,
      baselineValue: 4.8,
      difference: 3.6,
      interval: [-1.25, 8.45],
      verdict: 'undecided',
      currency: 'EUR',
      guardrails: [],
    });
  });
});
