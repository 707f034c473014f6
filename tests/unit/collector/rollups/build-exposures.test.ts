import { describe, expect, it } from 'vitest';
import { buildExposures } from '../../../../packages/collector/src/rollups/build-exposures.js';
import type { RollupEvent } from '../../../../packages/collector/src/rollups/rollup-event.js';

const ev = (event: string, timestamp: number, properties: Record<string, unknown>): RollupEvent => ({ messageId: String(timestamp), visitor: 'v', timestamp, event, properties, context: null });

describe('buildExposures', () => {
  it('takes arms from every event and the exposure from Experiment Viewed, at the earliest time', () => {
    expect(
      buildExposures([
        ev('Model Rotated', 30, { showroom_id: 'chair', experiments: { cta: 'b', hero: 'x' } }),
        ev('Experiment Viewed', 20, { showroom_id: 'chair', experiment_id: 'cta', arm_id: 'b', experiments: { cta: 'b' } }),
        ev('Showroom Loaded', 10, { showroom_id: 'lamp', experiments: { cta: 'b' } }),
      ]),
    ).toEqual([
      { visitor: 'v', experimentId: 'cta', armId: 'b', showroomId: 'lamp', firstTs: 10, exposed: 1 },
      { visitor: 'v', experimentId: 'hero', armId: 'x', showroomId: 'chair', firstTs: 30, exposed: 0 },
    ]);
  });

  it('skips arms that are not strings', () => {
    expect(buildExposures([ev('Model Rotated', 1, { experiments: { cta: 3, '': 'a' } }), ev('Experiment Viewed', 2, { experiment_id: 'cta' })])).toEqual([]);
  });

  it('shows no arm from an event with more experiments than a config may have, nor from ids a config could not name', () => {
    const flood = Object.fromEntries(Array.from({ length: 1000 }, (_, n) => [`e${n}`, 'a']));
    expect(
      buildExposures([
        ev('Model Rotated', 1, { experiments: flood }),
        ev('Model Rotated', 2, { experiments: { ['x'.repeat(65)]: 'a', ok: 'B', fine: 'b' } }),
        ev('Experiment Viewed', 3, { experiment_id: '<script>', arm_id: 'a' }),
      ]),
    ).toEqual([{ visitor: 'v', experimentId: 'fine', armId: 'b', showroomId: '', firstTs: 2, exposed: 0 }]);
  });
});
