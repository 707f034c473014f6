import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../../packages/dashboard/src/decisions/figures-of.js';
import { experimentFixture } from '../support/metrics-fixture.js';

describe('figuresOf', () => {
  it.each([
    ['an arm compared with the baseline', 'quiz', { difference: 0.03, interval: [0.001, 0.059], verdict: 'better' }],
    ['the baseline itself', 'control', { difference: null, interval: null, verdict: 'baseline' }],
    ['an arm without a comparison yet', 'late', { difference: null, interval: null, verdict: 'collecting' }],
  ])('takes every arm\'s visitors and the comparison of %s', (_, arm, comparison) => {
    expect(figuresOf(experimentFixture(), arm)).toEqual({ visitors: { control: 500, quiz: 480 }, baseline: 'control', ...comparison });
  });
});
