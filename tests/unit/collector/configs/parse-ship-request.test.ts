import { describe, expect, it } from 'vitest';
import { parseShipRequest } from '../../../../packages/collector/src/configs/parse-ship-request.js';

const figures = { visitors: { a: 100, b: 120 }, baseline: 'a', difference: -0.01, interval: [-0.03, 0.01], verdict: 'undecided' };
const valid = { experiment: 'cta-copy', arm: 'b', expectedVersion: 4, figures };

describe('parseShipRequest', () => {
  it('returns a valid request with its defaults', () => {
    expect(parseShipRequest(valid)).toEqual({ ...valid, dryRun: false });
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
    ['difference', { figures: { ...figures, difference: 2 } }, /^figures\.difference must be/],
    ['difference NaN-like', { figures: { ...figures, difference: '0.1' } }, /^figures\.difference must be/],
    ['interval reversed', { figures: { ...figures, interval: [0.1, -0.1] } }, /^figures\.interval must be/],
    ['interval of 3', { figures: { ...figures, interval: [0, 0, 0] } }, /^figures\.interval must be/],
    ['verdict', { figures: { ...figures, verdict: 'great' } }, /^figures\.verdict must be one of better, worse/],
  ])('refuses a bad %s, naming the field', (_, change, error) => {
    const result = parseShipRequest({ ...valid, ...change });
    expect('error' in result && result.error).toMatch(error);
  });
});
