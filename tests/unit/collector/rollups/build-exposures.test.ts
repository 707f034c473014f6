import { describe, expect, it } from 'vitest';
import { buildExposures } from '../../../../packages/collector/src/rollups/build-exposures.js';
import type { RollupEvent } from '../../../../packages/collector/src/rollups/rollup-event.js';

const ev = (event: string, timestamp: number, properties: Record<string, unknown>): RollupEvent => ({ messageId: String(timestamp), visitor: 'v', timestamp, event, properties });

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
});
