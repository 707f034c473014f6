import type { ShowroomEventName } from '@vitrine/contracts';
import { boundForRollups } from '../ingest/bound-for-rollups.js';
import type { RollupEvent } from './rollup-event.js';

/** A visitor's membership of one experiment arm. */
export interface ExposureRollup {
  visitor: string;
  experimentId: string;
  armId: string;
  /** The showroom of the earliest event that showed it. */
  showroomId: string;
  firstTs: number;
  /** 1 once an Experiment Viewed (the exposure) was reported for this arm, else 0. */
  exposed: number;
}

/**
 * The experiment arms events show their visitor in: every event's `experiments` map (experiment
 * id -> arm id) and every Experiment Viewed. Merging two results is taking the earlier firstTs
 * and the larger `exposed`, so events may be fed in any order and any grouping. Ids and maps
 * out of boundForRollups' bounds show nothing.
 */
export function buildExposures(events: readonly RollupEvent[]): ExposureRollup[] {
  const found = new Map<string, ExposureRollup>();
  const add = (event: RollupEvent, properties: Record<string, unknown>, experimentId: unknown, armId: unknown, exposed: number): void => {
    if (typeof experimentId !== 'string' || typeof armId !== 'string' || experimentId === '' || armId === '') return;
    const showroomId = typeof properties['showroom_id'] === 'string' ? properties['showroom_id'] : '';
    const key = `${event.visitor}\0${experimentId}\0${armId}`;
    const known = found.get(key);
    if (!known) {
      found.set(key, { visitor: event.visitor, experimentId, armId, showroomId, firstTs: event.timestamp, exposed });
      return;
    }
    if (event.timestamp < known.firstTs) Object.assign(known, { firstTs: event.timestamp, showroomId });
    known.exposed = Math.max(known.exposed, exposed);
  };
  for (const event of events) {
    const { properties } = boundForRollups(event.event, event.properties);
    const { experiments } = properties;
    if (experiments !== null && typeof experiments === 'object' && !Array.isArray(experiments)) {
      for (const [experimentId, armId] of Object.entries(experiments)) add(event, properties, experimentId, armId, 0);
    }
    if (event.event === ('Experiment Viewed' satisfies ShowroomEventName)) add(event, properties, properties['experiment_id'], properties['arm_id'], 1);
  }
  return [...found.values()];
}
