import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addCtaExperiment } from '../../../packages/editor/src/add-cta-experiment.js';
import { commonFields } from '../../../packages/editor/src/common-fields.js';
import { validateConfig } from '../../../packages/contracts/src/index.js';

const demo = JSON.parse(readFileSync(new URL('../../../demo/configs/aster-chair.json', import.meta.url), 'utf8'));

describe('addCtaExperiment', () => {
  it('adds a valid 50/50 test whose second arm starts from the current button label', () => {
    const added = addCtaExperiment(demo) as typeof demo;
    expect(added.experiments.map((x: { id: string }) => x.id)).toEqual(['cta-wording', 'cta-label']);
    expect(added.experiments[1].arms).toEqual([
      { id: 'control', weight: 50 },
      { id: 'new-label', weight: 50, patch: { product: { cta: { label: 'Add to basket' } } } },
    ]);
    expect(validateConfig(added).errors).toEqual([]);
    expect(demo.experiments).toHaveLength(1);
  });

  it('numbers the id when it is taken, and starts the list when there is none', () => {
    const twice = addCtaExperiment(addCtaExperiment(demo)) as typeof demo;
    expect(twice.experiments.map((x: { id: string }) => x.id)).toEqual(['cta-wording', 'cta-label', 'cta-label-2']);
    const { experiments: _, ...bare } = demo;
    expect((addCtaExperiment(bare) as typeof demo).experiments.map((x: { id: string }) => x.id)).toEqual(['cta-label']);
  });

  it('gives the form a field for the new arm\'s button label', () => {
    const field = commonFields(addCtaExperiment(demo)).find((f) => f.label === 'cta-label: button label of arm new-label');
    expect(field?.path).toBe('experiments[1].arms[1].patch.product.cta.label');
  });
});
