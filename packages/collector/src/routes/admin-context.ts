import type { ConfigStore } from '../configs/config-store.js';
import type { EventStore } from '../store/event-store.js';
import type { SignInContext } from '../admin/sign-in-context.js';

/** What the admin routes need from `startCollector`. */
export interface AdminContext extends SignInContext {
  configs: ConfigStore;
  /** The events and their rollups, for the metrics and the deletion of a visitor. */
  store: EventStore;
  /** URL prefix (e.g. '/admin/editor/') -> folder of a built admin page. */
  pages: Readonly<Record<string, string>>;
}
