import type { TrackerOptions } from '@vitrine/tracker';

/**
 * What the showroom needs of a tracker: `createTracker()`'s result, or the script tag's
 * `window.vitrine` (whose `user()` is undefined until `init()` has run).
 */
export interface ShowroomTracker {
  track(event: string, properties?: Record<string, unknown>): void;
  user?(): { anonymousId: string } | undefined;
  /** `window.vitrine` only: started by the showroom with its `endpoint` when the page has not. */
  init?(options: TrackerOptions): void;
}
