import type { IncomingMessage } from 'node:http';
import { clientKey } from '../rate-limit/client-key.js';
import type { Throttled } from './login-throttle.js';
import { readCookie } from './read-cookie.js';
import type { SignInContext } from './sign-in-context.js';

/** The login cookie's name. */
export const SESSION_COOKIE = 'vitrine_admin';

/**
 * Whether the request carries `Authorization: Bearer <admin token>` or a live session cookie.
 * A write on the cookie must come from the collector's own origin: SameSite=Strict keeps the cookie
 * from other sites, but a shop on a sibling subdomain is the same site, and the router's CORS
 * (`*`) lets any origin send a text/plain POST without a preflight.
 * A wrong Bearer token counts as a failed login: Throttled once its address has failed too often.
 */
export async function isSignedIn({ auth, loginThrottle, trustProxy }: SignInContext, req: IncomingMessage): Promise<boolean | Throttled> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer !== undefined) {
    const outcome = await loginThrottle.attempt(clientKey(req, trustProxy), () => auth.checkToken(bearer));
    return 'result' in outcome ? outcome.result : outcome;
  }
  const session = readCookie(req, SESSION_COOKIE);
  if (session === undefined || session === '') return false;
  const { origin } = req.headers;
  if (req.method !== 'GET' && req.method !== 'HEAD' && origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
    return false;
  }
  return auth.checkSession(session);
}
