import type { DemoOptions } from '../demo/demo-options.js';
import type { EventRow } from '../sql/event-row.js';

/** What the demo routes need from `startCollector`: the site's folders, and one visitor's events. */
export interface DemoContext extends Required<DemoOptions> {
  /** The `limit` events of `anonymousId` most recently received, newest first. */
  eventsOf(anonymousId: string, limit: number): Promise<EventRow[]>;
}
