import type { ConfigStore } from '../configs/config-store.js';
import type { TrustProxy } from '../rate-limit/parse-trust-proxy.js';
import type { EventStore } from '../store/event-store.js';
import type { AdminAuth } from './admin-auth.js';
import type { LoginThrottle } from './login-throttle.js';

/** What the admin routes need from `startCollector`. */
export interface AdminContext {
  auth: AdminAuth;
  /** Counts wrong tokens per client address and refuses the next tries for a while. */
  loginThrottle: LoginThrottle;
  /** Proxies trusted to name the client in X-Forwarded-For, for the login throttle; undefined trusts none. */
  trustProxy?: TrustProxy | undefined;
  configs: ConfigStore;
  /** The events and their rollups, for the metrics and the deletion of a visitor. */
  store: EventStore;
  /** URL prefix (e.g. '/admin/editor/') -> folder of a built admin page. */
  pages: Readonly<Record<string, string>>;
}
