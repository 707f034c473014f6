import type { SessionVisit, TrackerOptions } from '@vitrine/tracker';

/**
 * What the showroom needs of a tracker: `createTracker()`'s result, or the script tag's
 * `window.vitrine` (whose `user()` is undefined until `init()` has run).
 */
export interface ShowroomTracker {
  track(event: string, properties?: Record<string, unknown>): void;
  /** `visit`: our tracker's, for experiments' audiences (without it, new or returning is unknown). */
  user?(): { anonymousId: string; visit?: SessionVisit } | undefined;
  /** `window.vitrine` only: started by the showroom with its `endpoint` when the page has not. */
  init?(options: TrackerOptions): void;
}
