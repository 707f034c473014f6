import { describe, expect, it } from 'vitest';
import { applyExperiments } from '../../../../packages/contracts/src/config/apply-experiments.js';
import { bucketVisitor } from '../../../../packages/contracts/src/config/bucket-visitor.js';
import type { Experiment, ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';
import { asterChairConfig } from './aster-chair.js';

/** A visitor id that the experiment buckets into `armId`. */
function visitorIn(experiment: Experiment, armId: string): string {
  for (let i = 0; ; i++) if (bucketVisitor(`visitor-${i}`, experiment).id === armId) return `visitor-${i}`;
}

function withExperiments(...experiments: Experiment[]): ShowroomConfig {
  return { ...asterChairConfig(), experiments };
}

describe('applyExperiments', () => {
  const config = asterChairConfig();
  const [ctaWording] = config.experiments ?? [];
  if (!ctaWording) throw new Error('the fixture has an experiment');

  it('leaves the config as it is for a visitor in an arm without a patch', () => {
    const result = applyExperiments(config, visitorIn(ctaWording, 'control'));
    expect(result).toEqual({ config, arms: { 'cta-wording': 'control' }, errors: [] });
  });

  it('applies the patch of the visitor\'s arm, without changing the input', () => {
    const before = structuredClone(config);
    const result = applyExperiments(config, visitorIn(ctaWording, 'try-at-home'));
    expect(result.arms).toEqual({ 'cta-wording': 'try-at-home' });
    expect(result.errors).toEqual([]);
    expect(result.config.product.cta).toEqual({ label: 'Try it at home for 30 days', href: '/basket/add?sku=NH-AST-001' });
    expect(config).toEqual(before);
  });

  it('applies the patches of several experiments in order, each seeing the previous one', () => {
    const first: Experiment = { id: 'first', arms: [{ id: 'only', weight: 1, patch: { theme: { radius: 4 } } }, { id: 'never', weight: 1e-9 }] };
    const second: Experiment = { id: 'second', arms: [{ id: 'only', weight: 1, patch: { theme: { font: 'mono' } } }, { id: 'never', weight: 1e-9 }] };
    const result = applyExperiments(withExperiments(first, second), 'visitor-1');
    expect(result.arms).toEqual({ first: 'only', second: 'only' });
    expect(result.config.theme).toMatchObject({ radius: 4, font: 'mono', accent: '#1f5f4a' });
  });

  it('falls back to the unpatched config when a patch breaks it, and reports the arm\'s patch', () => {
    const broken: Experiment = { id: 'price-test', arms: [{ id: 'cheap', weight: 1, patch: { product: { price: 'cheap' } } }, { id: 'never', weight: 1e-9 }] };
    const result = applyExperiments(withExperiments(ctaWording, broken), visitorIn(ctaWording, 'try-at-home'));
    expect(result.errors).toEqual([
      {
        path: 'experiments[1].arms[0].patch',
        message: 'experiments[1].arms[0].patch makes the config invalid, so it was not applied: product.price must be a number',
      },
    ]);
    expect(result.config.product.price).toBe(649);
    expect(result.config.product.cta?.label).toBe('Try it at home for 30 days');
    expect(result.arms).toEqual({ 'cta-wording': 'try-at-home' });
  });

  it('refuses a patch that would remove a required field or add an unsafe URL', () => {
    const unsafe: Experiment = { id: 'unsafe', arms: [{ id: 'x', weight: 1, patch: { product: { name: null, cta: { href: 'javascript:alert(1)' } } } }, { id: 'never', weight: 1e-9 }] };
    const result = applyExperiments(withExperiments(unsafe), 'visitor-1');
    expect(result.errors.map((error: { path: string; message: string }) => error.message)).toEqual([
      'experiments[0].arms[0].patch makes the config invalid, so it was not applied: product.name is required',
      'experiments[0].arms[0].patch makes the config invalid, so it was not applied: product.cta.href must be an https: URL or a relative path',
    ]);
    expect(result.config.product.cta?.href).toBe('/basket/add?sku=NH-AST-001');
  });
});
