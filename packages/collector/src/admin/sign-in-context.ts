import type { TrustProxy } from '../rate-limit/parse-trust-proxy.js';
import type { AdminAuth } from './admin-auth.js';
import type { LoginThrottle } from './login-throttle.js';

/** What signing in and checking a session need. */
export interface SignInContext {
  auth: AdminAuth;
  /** Counts wrong tokens per client address and refuses the next tries for a while. */
  loginThrottle: LoginThrottle;
  /** Proxies trusted to name the client in X-Forwarded-For, for the login throttle; undefined trusts none. */
  trustProxy?: TrustProxy | undefined;
}
