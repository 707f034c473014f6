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

  describe('sticky arms', () => {
    const even: Experiment = { id: 'cta-wording', arms: [{ id: 'control', weight: 1 }, { id: 'new-label', weight: 1 }] };
    const visitors = Array.from({ length: 2_000 }, (_, i) => `visitor-${i}`);

    it('keeps every exposed visitor in their arm when the weights change and an arm is added', () => {
      const shown = new Map(visitors.map((id) => [id, applyExperiments(withExperiments(even), id).arms['cta-wording']!]));
      const changed: Experiment = { id: 'cta-wording', arms: [{ id: 'control', weight: 1 }, { id: 'new-label', weight: 9 }, { id: 'third', weight: 5 }] };
      // Without memory the change moves visitors: the harness sees what stickiness prevents.
      expect(visitors.filter((id) => applyExperiments(withExperiments(changed), id).arms['cta-wording'] !== shown.get(id)).length).toBeGreaterThan(500);
      const moved = visitors.filter((id) => applyExperiments(withExperiments(changed), id, { 'cta-wording': shown.get(id)! }).arms['cta-wording'] !== shown.get(id));
      expect(moved).toEqual([]);
    });

    it('buckets new visitors by the new weights, deterministically', () => {
      const changed: Experiment = { id: 'cta-wording', arms: [{ id: 'control', weight: 1 }, { id: 'new-label', weight: 9 }] };
      const arms = visitors.map((id) => applyExperiments(withExperiments(changed), `new-${id}`).arms['cta-wording']);
      expect(arms.filter((arm) => arm === 'new-label').length / arms.length).toBeCloseTo(0.9, 1);
      expect(visitors.map((id) => applyExperiments(withExperiments(changed), `new-${id}`).arms['cta-wording'])).toEqual(arms);
    });

    it('buckets again a visitor whose remembered arm was removed, and ignores other experiments\' memories', () => {
      const id = visitorIn(even, 'control');
      expect(applyExperiments(withExperiments(even), id, { 'cta-wording': 'gone' }).arms).toEqual({ 'cta-wording': 'control' });
      expect(applyExperiments(withExperiments(even), id, { 'other-test': 'new-label' }).arms).toEqual({ 'cta-wording': 'control' });
      expect(applyExperiments(withExperiments(even), id, { 'cta-wording': 'new-label' }).arms).toEqual({ 'cta-wording': 'new-label' });
    });
  });

  describe('audiences and hold-outs', () => {
    const paidSocial: Experiment = { id: 'social', audience: { channels: ['Paid Social'] }, arms: [
      { id: 'loud', weight: 1, patch: { product: { cta: { label: 'Grab it' } } } },
      { id: 'quiet', weight: 1 },
    ] };
    const loud = visitorIn(paidSocial, 'loud');

    it('buckets a visit in the audience, and leaves one outside out of the experiment entirely', () => {
      expect(applyExperiments(withExperiments(paidSocial), loud, {}, { channel: 'Paid Social' }).arms).toEqual({ social: 'loud' });
      const outside = applyExperiments(withExperiments(paidSocial), loud, {}, { channel: 'Email' });
      expect(outside.arms).toEqual({});
      expect(outside.config.product.cta?.label).toBe(asterChairConfig().product.cta?.label);
    });

    it('keeps a visitor remembered in an arm there, even outside the audience now', () => {
      expect(applyExperiments(withExperiments(paidSocial), loud, { social: 'quiet' }, { channel: 'Email' }).arms).toEqual({ social: 'quiet' });
    });

    it('applies no audience without a visit (the preview, shipping an arm)', () => {
      expect(applyExperiments(withExperiments(paidSocial), loud).arms).toEqual({ social: 'loud' });
    });

    it('a hold-out arm shows no showroom and counts the visitor in that experiment only', () => {
      const holdout: Experiment = { id: 'lift', arms: [{ id: 'without', weight: 1, holdout: 'poster' }, { id: 'with', weight: 1 }] };
      const visitor = visitorIn(holdout, 'without');
      const result = applyExperiments(withExperiments(paidSocial, holdout), visitor, { social: 'loud' }, { channel: 'Email' });
      expect(result).toEqual({ config: withExperiments(paidSocial, holdout), arms: { lift: 'without' }, errors: [], holdout: 'poster' });
      expect(applyExperiments(withExperiments(holdout), visitorIn(holdout, 'with')).holdout).toBeUndefined();
    });
  });
});
