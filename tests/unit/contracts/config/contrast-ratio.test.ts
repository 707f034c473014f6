import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../packages/contracts/src/config/contrast-ratio.js';

describe('contrastRatio', () => {
  it.each([
    // a, b, ratio (as WebAIM's contrast checker shows it)
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777', '#fff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#ffffff', '#ffffff', 1],
    ['#ff0000', '#ffffff', 4],
    ['#0000ff', '#ffffff', 8.59],
    ['#008000', '#ffffff', 5.14],
    ['#000000ff', '#ffffff80', 21],
  ])('gives %s on %s a ratio of %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('gives NaN for a string that is not a hex colour', () => {
    expect(contrastRatio('red', '#ffffff')).toBeNaN();
  });
});
