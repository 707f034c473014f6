import { describe, expect, it } from 'vitest';
import { parseShipRequest } from '../../../../packages/collector/src/configs/parse-ship-request.js';

const figures = {
  visitors: { a: 100, b: 120 },
  baseline: 'a',
  metric: 'order',
  value: 0.04,
  baselineValue: 0.05,
  difference: -0.01,
  interval: [-0.03, 0.01],
  verdict: 'undecided',
  guardrails: [{ metric: 'cta', verdict: 'not-worse-yet' }],
};
const revenue = { ...figures, metric: 'revenue-per-visitor', value: 8.4, baselineValue: 4.8, difference: 3.6, interval: [-1.25, 8.45], currency: 'EUR' };
const valid = { experiment: 'cta-copy', arm: 'b', expectedVersion: 4, figures };

describe('parseShipRequest', () => {
  it('returns a valid request with its defaults', () => {
    expect(parseShipRequest(valid)).toEqual({ ...valid, dryRun: false });
  });

  it('takes revenue per visitor in its currency, amounts beyond a rate included', () => {
    expect(parseShipRequest({ ...valid, figures: revenue })).toEqual({ ...valid, figures: revenue, dryRun: false });
  });

  it('takes an always-valid interval of rates wider than ±1, as few visitors on a baseline near 0 give', () => {
    expect(parseShipRequest({ ...valid, figures: { ...figures, interval: [-4.6, 5] } })).toMatchObject({ figures: { interval: [-4.6, 5] } });
  });

  it('keeps only the guardrails\' metric and verdict', () => {
    const extra = { ...figures, guardrails: [{ metric: 'cta', verdict: 'worse', note: 'x'.repeat(1000) }] };
    expect(parseShipRequest({ ...valid, figures: extra })).toMatchObject({ figures: { guardrails: [{ metric: 'cta', verdict: 'worse' }] } });
  });

  it('lets a dry run leave out expectedVersion', () => {
    expect(parseShipRequest({ ...valid, expectedVersion: undefined, dryRun: true })).toEqual({ ...valid, expectedVersion: undefined, dryRun: true });
  });

  it.each([
    ['experiment', { experiment: 'Cta Copy' }, /^experiment must be an experiment id/],
    ['arm', { arm: 'x'.repeat(65) }, /^arm must be an arm id/],
    ['dryRun', { dryRun: 'yes' }, /^dryRun must be true or false/],
    ['expectedVersion missing', { expectedVersion: undefined }, /^expectedVersion must be/],
    ['expectedVersion 0', { expectedVersion: 0 }, /^expectedVersion must be/],
    ['expectedVersion 1.5 in a dry run', { expectedVersion: 1.5, dryRun: true }, /^expectedVersion must be/],
    ['figures', { figures: [] }, /^figures must be/],
    ['visitors', { figures: { ...figures, visitors: 5 } }, /^figures\.visitors must be an object/],
    ['a visitor count', { figures: { ...figures, visitors: { a: -1 } } }, /^figures\.visitors\["a"\] must be a count/],
    ['an arm id in visitors', { figures: { ...figures, visitors: { 'A B': 1 } } }, /^figures\.visitors\["A B"\] is not an arm id/],
    ['a huge visitor count', { figures: { ...figures, visitors: { a: 1e13 } } }, /^figures\.visitors\["a"\] must be a count/],
    ['too many arms', { figures: { ...figures, visitors: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, 1])) } }, /at most 10 arms/],
    ['baseline', { figures: { ...figures, baseline: 5 } }, /^figures\.baseline must be/],
    ['metric', { figures: { ...figures, metric: 'clicks' } }, /^figures\.metric must be the experiment's primary metric, one of cta, add-to-cart, order, revenue-per-visitor/],
    ['metric missing (the figures of before primary metrics)', { figures: { ...figures, metric: undefined } }, /^figures\.metric must be/],
    ['value above a rate', { figures: { ...figures, value: 1.5 } }, /^figures\.value must be null or the arm's order: a rate, 0 to 1/],
    ['value negative', { figures: { ...figures, value: -0.1 } }, /^figures\.value must be/],
    ['baselineValue', { figures: { ...figures, baselineValue: '0.05' } }, /^figures\.baselineValue must be/],
    ['revenue beyond any shop', { figures: { ...revenue, value: 1e10 } }, /^figures\.value must be null or the arm's revenue-per-visitor: an amount/],
    ['revenue infinite', { figures: { ...revenue, difference: Infinity } }, /^figures\.difference must be/],
    ['difference', { figures: { ...figures, difference: 2 } }, /^figures\.difference must be/],
    ['difference NaN-like', { figures: { ...figures, difference: '0.1' } }, /^figures\.difference must be/],
    ['interval reversed', { figures: { ...figures, interval: [0.1, -0.1] } }, /^figures\.interval must be/],
    ['interval of 3', { figures: { ...figures, interval: [0, 0, 0] } }, /^figures\.interval must be/],
    ['interval beyond print', { figures: { ...figures, interval: [-1e300, 0] } }, /^figures\.interval must be/],
    ['verdict', { figures: { ...figures, verdict: 'great' } }, /^figures\.verdict must be one of better, worse/],
    ['a guardrail\'s verdict as a verdict', { figures: { ...figures, verdict: 'not-worse' } }, /^figures\.verdict must be/],
    ['currency missing for revenue', { figures: { ...revenue, currency: undefined } }, /^figures\.currency is required for revenue-per-visitor/],
    ['currency', { figures: { ...revenue, currency: 'euro' } }, /^figures\.currency must be an ISO 4217 code/],
    ['guardrails missing', { figures: { ...figures, guardrails: undefined } }, /^figures\.guardrails must be a list/],
    ['too many guardrails', { figures: { ...figures, guardrails: Array(5).fill({ metric: 'cta', verdict: 'worse' }) } }, /^figures\.guardrails must be a list of at most 4/],
    ['a guardrail that is not an object', { figures: { ...figures, guardrails: [null] } }, /^figures\.guardrails\[0\]\.metric must be/],
    ['a guardrail\'s unknown metric', { figures: { ...figures, guardrails: [{ metric: 'bounce', verdict: 'worse' }] } }, /^figures\.guardrails\[0\]\.metric must be one of/],
    ['the primary metric as a guardrail', { figures: { ...figures, guardrails: [{ metric: 'order', verdict: 'worse' }] } }, /^figures\.guardrails\[0\]\.metric/],
    ['a guardrail twice', { figures: { ...figures, guardrails: [{ metric: 'cta', verdict: 'worse' }, { metric: 'cta', verdict: 'worse' }] } }, /^figures\.guardrails\[1\]\.metric/],
    ['a guardrail\'s verdict', { figures: { ...figures, guardrails: [{ metric: 'cta', verdict: 'better' }] } }, /^figures\.guardrails\[0\]\.verdict must be one of worse, not-worse, not-worse-yet, collecting/],
  ])('refuses a bad %s, naming the field', (_, change, error) => {
    const result = parseShipRequest({ ...valid, ...change });
    expect('error' in result && result.error).toMatch(error);
  });
});
