import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinPreviewArms } from '../../../packages/editor/src/pin-preview-arms.js';
import { applyExperiments, validateConfig } from '../../../packages/contracts/src/index.js';

const demo = validateConfig(JSON.parse(readFileSync(new URL('../../../demo/configs/aster-chair.json', import.meta.url), 'utf8'))).config!;
const labelFor = (visitor: string, picks: Record<string, string>) => applyExperiments(pinPreviewArms(demo, picks), visitor).config.product.cta?.label;

describe('pinPreviewArms', () => {
  it.each([
    ['control', 'Add to basket'],
    ['try-at-home', 'Try it at home for 30 days'],
  ])('shows arm %s to every visitor once it is picked', (arm, label) => {
    for (const visitor of ['a', 'b', 'c', 'd', 'e', 'f']) expect(labelFor(visitor, { 'cta-wording': arm })).toBe(label);
  });

  it('leaves an experiment as it is without a pick, or with a pick that is not one of its arms', () => {
    expect(pinPreviewArms(demo, {})).toEqual(demo);
    expect(pinPreviewArms(demo, { 'cta-wording': '' })).toEqual(demo);
    expect(pinPreviewArms(demo, { 'cta-wording': 'gone' })).toEqual(demo);
  });
});
