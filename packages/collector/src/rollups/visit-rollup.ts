import type { Facts } from './fact-columns.js';
import type { LandingTouch } from './landing-touch.js';

/** The part of a visit's rows that stands for the whole visit, whatever the showroom. */
export const WHOLE_VISIT = '*';

/** The cube rows' channel that stands for every channel: each visit adds to its own and to these. */
export const ALL_CHANNELS = '*';

/** A visit (session) and everything the metrics need of it, as the rollup tables hold it. */
export interface VisitRollup {
  visitor: string;
  /** First and last event, ms since the epoch. */
  start: number;
  end: number;
  /** Where it came from: the touch of its first event. */
  touch: LandingTouch;
  /** Per showroom ('' for events without one) and WHOLE_VISIT: its facts and last event. */
  parts: Map<string, { facts: Facts; end: number }>;
  /** Experiment arms its events carried, as `experiment\0arm`. */
  arms: Set<string>;
  /** Quiz answers chosen, as `showroom\0position\0question\0answer` (showroom WHOLE_VISIT included). */
  answers: Set<string>;
}
