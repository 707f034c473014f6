import type { ServerResponse } from 'node:http';
import { sendJson } from '../http/send-json.js';

/** Turns away a request without a valid token or session: 401 JSON for the API, the login page for pages. */
export function refuseSignedOut(res: ServerResponse, url: URL): void {
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    return sendJson(res, 401, { error: 'sign in first: send Authorization: Bearer <admin token>, or log in at /admin/login' }, { 'WWW-Authenticate': 'Bearer' });
  }
  res.writeHead(303, { Location: `/admin/login?next=${encodeURIComponent(url.pathname + url.search)}`, 'Cache-Control': 'no-store' });
  res.end();
}
