import type { IncomingMessage } from 'node:http';
import type { AdminAuth } from './admin-auth.js';
import { readCookie } from './read-cookie.js';

/** The login cookie's name. */
export const SESSION_COOKIE = 'vitrine_admin';

/** Whether the request carries `Authorization: Bearer <admin token>` or a live session cookie. */
export async function isSignedIn(auth: AdminAuth, req: IncomingMessage): Promise<boolean> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer !== undefined) return auth.checkToken(bearer);
  const session = readCookie(req, SESSION_COOKIE);
  return session !== undefined && session !== '' && auth.checkSession(session);
}
