import { describe, expect, it } from 'vitest';
import { applyExperiments } from '../../../../packages/contracts/src/config/apply-experiments.js';
import { shipArm } from '../../../../packages/contracts/src/config/ship-arm.js';
import type { Experiment, ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';
import { validateConfig } from '../../../../packages/contracts/src/config/validate-config.js';
import { asterChairConfig } from './aster-chair.js';

const theme: Experiment = {
  id: 'theme-test',
  arms: [
    { id: 'plain', weight: 1 },
    { id: 'round', weight: 1, patch: { theme: { radius: 16 } } },
  ],
};

const withExperiments = (...experiments: Experiment[]): ShowroomConfig => ({ ...asterChairConfig(), experiments });

describe('shipArm', () => {
  it('merges the arm\'s patch into the config and removes the experiment', () => {
    const config = asterChairConfig();
    const shipped = shipArm(config, 'cta-wording', 'try-at-home');
    if (!shipped.ok) throw new Error(shipped.message);
    expect(shipped.config.product.cta).toEqual({ label: 'Try it at home for 30 days', href: '/basket/add?sku=NH-AST-001' });
    expect(shipped.config).not.toHaveProperty('experiments');
    expect(shipped.patch).toEqual({ product: { cta: { label: 'Try it at home for 30 days' } } });
    expect(shipped.experimentsLeft).toBe(0);
    expect(validateConfig(shipped.config).errors).toEqual([]);
  });

  it('gives exactly the config the arm\'s visitors saw, less the experiment', () => {
    const config = asterChairConfig();
    const seen = applyExperiments(config, 'any-visitor', { 'cta-wording': 'try-at-home' }).config;
    const shipped = shipArm(config, 'cta-wording', 'try-at-home');
    const { experiments: _, ...expected } = seen;
    expect(shipped.ok && shipped.config).toEqual(expected);
  });

  it('ships the control (an arm without a patch) by ending the experiment only', () => {
    const config = asterChairConfig();
    const shipped = shipArm(config, 'cta-wording', 'control');
    const { experiments: _, ...expected } = config;
    expect(shipped).toEqual({ ok: true, config: expected, patch: undefined, experimentsLeft: 0 });
  });

  it('keeps the other experiments, in order, unpatched by the shipped arm', () => {
    const config = withExperiments(theme, ...asterChairConfig().experiments!);
    const shipped = shipArm(config, 'theme-test', 'round');
    if (!shipped.ok) throw new Error(shipped.message);
    expect(shipped.config.theme?.radius).toBe(16);
    expect(shipped.config.experiments?.map((e) => e.id)).toEqual(['cta-wording']);
    expect(shipped.experimentsLeft).toBe(1);
  });

  it('never changes the config it is given', () => {
    const config = asterChairConfig();
    const before = structuredClone(config);
    shipArm(config, 'cta-wording', 'try-at-home');
    expect(config).toEqual(before);
  });

  it.each([
    ['an experiment the config does not run', 'price-test', 'control', 'no-experiment', 'config "aster-lounge-chair" runs no experiment "price-test" (it runs: "cta-wording")'],
    ['an arm the experiment does not have', 'cta-wording', 'free', 'no-arm', 'experiment "cta-wording" has no arm "free" (its arms: "control", "try-at-home")'],
  ])('refuses %s, naming it and what there is', (_, experiment, arm, reason, message) => {
    expect(shipArm(asterChairConfig(), experiment, arm)).toEqual({ ok: false, reason, message });
  });

  it('refuses a patch that would make the config invalid, at the arm\'s path in the whole config', () => {
    const broken: Experiment = { id: 'broken', arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1, patch: { theme: { accent: 'red' } } }] };
    const shipped = shipArm(withExperiments(theme, broken), 'broken', 'b');
    expect(shipped).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!shipped.ok && shipped.reason === 'invalid' && shipped.errors[0]).toMatchObject({ path: 'experiments[1].arms[1].patch', message: expect.stringMatching(/^experiments\[1\]\.arms\[1\]\.patch makes the config invalid/) });
  });
});
