import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdminAuth } from './admin-auth.js';
import { SESSION_COOKIE } from './is-signed-in.js';
import { readCookie } from './read-cookie.js';

/** `POST /admin/logout`: ends the session and clears the cookie. */
export async function handleLogout(auth: AdminAuth, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const session = readCookie(req, SESSION_COOKIE);
  if (session) await auth.endSession(session);
  res.writeHead(303, {
    Location: '/admin/login',
    'Set-Cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`,
    'Cache-Control': 'no-store',
  });
  res.end();
}
