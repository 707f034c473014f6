import { describe, expect, it } from 'vitest';
import { sampleRatioCheck } from '../../../../packages/collector/src/metrics/sample-ratio-check.js';

describe('sampleRatioCheck', () => {
  it('passes 5,000 / 5,200 on a 50/50 split', () => {
    // expected 5,100 each; chi² = 2 · 100² / 5,100 = 3.92157; df 1: p = 0.04767 (> 0.001).
    const check = sampleRatioCheck([5000, 5200], [0.5, 0.5]);
    expect(check.chiSquare).toBeCloseTo(3.92157, 5);
    expect(check.pValue).toBeCloseTo(0.04767, 5);
    expect(check.mismatch).toBe(false);
  });

  it('flags 400 / 600 on a 50/50 split', () => {
    // expected 500 each; chi² = 2 · 100² / 500 = 40; df 1: p = 2.54e-10 (< 0.001).
    const check = sampleRatioCheck([400, 600], [0.5, 0.5]);
    expect(check.chiSquare).toBe(40);
    expect(check.pValue).toBeLessThan(1e-9);
    expect(check.mismatch).toBe(true);
  });

  it('uses the configured weights: 450 / 550 / 1,000 on 25/25/50', () => {
    // expected 500 / 500 / 1,000; chi² = 50²/500 + 50²/500 + 0 = 10; df 2: p = e^-5 = 0.0067379.
    const check = sampleRatioCheck([450, 550, 1000], [0.25, 0.25, 0.5]);
    expect(check.chiSquare).toBe(10);
    expect(check.pValue).toBeCloseTo(0.0067379, 6);
    expect(check.mismatch).toBe(false);
  });

  it.each<[number[], number[]]>([
    [[0, 0], [0.5, 0.5]],
    [[10], [1]],
  ])('reports no mismatch without two arms and exposures: %j', (exposures, shares) => {
    expect(sampleRatioCheck(exposures, shares)).toEqual({ chiSquare: 0, pValue: 1, mismatch: false });
  });
});
