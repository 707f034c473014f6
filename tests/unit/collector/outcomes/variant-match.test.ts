import { describe, expect, it } from 'vitest';
import { variantMatch } from '../../../../packages/collector/src/outcomes/variant-match.js';

describe('variantMatch', () => {
  it.each([
    [[{ variant: 'moss' }], 'moss', '', true],
    [[{ variant: 'Moss ' }], 'moss', '', true],
    [[{ variant: 'Forest green' }], 'moss', 'Forest Green', true],
    [[{ variant: 'Sand' }, { variant: 'Moss' }], 'moss', 'Moss', true],
    [[{ variant: 'Sand' }], 'moss', 'Moss', false],
    [[{ product_id: 'chair' }], 'moss', 'Moss', false],
    [[], 'moss', 'Moss', false],
    [[{ variant: '' }], '', '', false],
  ])('%j bought the variant %s (label %s): %s', (products, variant, label, matched) => {
    expect(variantMatch(products, variant, label)).toBe(matched);
  });
});
