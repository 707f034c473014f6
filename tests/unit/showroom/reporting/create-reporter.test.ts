// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReporter, type ReporterOptions } from '../../../../packages/showroom/src/reporting/create-reporter.js';

let clock = 0;
const make = (options: Partial<ReporterOptions> = {}) => {
  const track = vi.fn();
  const reporter = createReporter({
    tracker: { track },
    showroomId: 'aster',
    configVersion: 2,
    experiments: { 'cta-wording': 'control' },
    anonymousId: `visitor-${Math.random()}`,
    firstModule: 'sense',
    now: () => clock,
    ...options,
  });
  return { reporter, track };
};

afterEach(() => localStorage.clear());

describe('createReporter', () => {
  it.each([
    ['Model Rotated', { degrees: 40, method: 'drag' }, 'sense'],
    ['AR Launched', { mode: 'scene-viewer' }, 'act'],
    ['Story Completed', { page_count: 4 }, 'feel'],
    ['Quiz Completed', { result_id: 'warm', answer_count: 3 }, 'think'],
    ['CTA Clicked', { label: 'Buy', href: '/buy', source: 'product' }, 'act'],
    ['Shared', { method: 'copy-link' }, 'relate'],
    ['Showroom Viewed', {}, 'sense'],
  ] as const)('sends %s with its module and the common properties', (event, properties, module) => {
    const { reporter, track } = make();
    reporter.report(event, properties as never);
    expect(track).toHaveBeenCalledWith(event, { ...properties, showroom_id: 'aster', config_version: 2, module, experiments: { 'cta-wording': 'control' } });
  });

  it('sends nothing in preview mode', () => {
    const { reporter, track } = make({ preview: true });
    reporter.report('Showroom Loaded', { modules: ['sense'] });
    reporter.exposure();
    reporter.interact('sense');
    reporter.flushEngaged();
    expect(track).not.toHaveBeenCalled();
  });

  it('reports an experiment exposure once per visitor, across page loads (localStorage)', () => {
    const first = make({ anonymousId: 'v1' });
    first.reporter.exposure();
    first.reporter.exposure();
    expect(first.track.mock.calls.map((c) => c[0])).toEqual(['Experiment Viewed']);
    expect(first.track.mock.calls[0]![1]).toMatchObject({ experiment_id: 'cta-wording', arm_id: 'control' });
    expect(localStorage.getItem('vitrine.exposed')).toContain('v1:cta-wording:control');
    const other = make({ anonymousId: 'v2' });
    other.reporter.exposure();
    expect(other.track).toHaveBeenCalledTimes(1);
  });

  it('keeps exposures in memory only before consent', () => {
    const { reporter, track } = make({ anonymousId: 'v3', persist: false });
    reporter.exposure();
    reporter.exposure();
    expect(track).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('vitrine.exposed')).toBeNull();
  });

  it('sends Engaged Time for a module when the shopper moves to another, and at page hide', () => {
    clock = 0;
    const { reporter, track } = make();
    reporter.interact('sense');
    clock = 3_000;
    reporter.interact('sense');
    clock = 4_000;
    reporter.interact('think');
    expect(track).toHaveBeenLastCalledWith('Engaged Time', expect.objectContaining({ ms: 4_000, module: 'sense' }));
    clock = 20_000;
    reporter.setActive(false);
    expect(track).toHaveBeenLastCalledWith('Engaged Time', expect.objectContaining({ ms: 5_000, module: 'think' }));
    reporter.flushEngaged();
    expect(track).toHaveBeenCalledTimes(2);
  });

  it('never throws when the tracker does', () => {
    const { reporter } = make({ tracker: { track: () => { throw new Error('host tracker broke'); } } });
    expect(() => reporter.report('Shared', { method: 'web-share', ref: 'k3x9q2m1' })).not.toThrow();
  });
});
