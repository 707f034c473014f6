import type { ConfigStore } from '../configs/config-store.js';
import type { AdminAuth } from './admin-auth.js';

/** What the admin routes need from `startCollector`. */
export interface AdminContext {
  auth: AdminAuth;
  configs: ConfigStore;
  /** URL prefix (e.g. '/admin/editor/') -> folder of a built admin page. */
  pages: Readonly<Record<string, string>>;
}
