import { bucketVisitor, type Experiment } from '../../../packages/contracts/src/index.js';

/**
 * The first of `shopper-1`, `shopper-2`, ... that bucketing puts in `experiment`'s arm `armId`: the
 * anonymousId a test gives a shopper's browser before the page loads (pinVisitor), so that the
 * shopper lands in that arm at the experiment's real weights, as bucketing is deterministic.
 */
export function visitorIn(experiment: Experiment, armId: string): string {
  if (!experiment.arms.some((arm) => arm.id === armId)) throw new Error(`${experiment.id} has no arm ${armId}`);
  for (let n = 1; ; n++) if (bucketVisitor(`shopper-${n}`, experiment).id === armId) return `shopper-${n}`;
}
