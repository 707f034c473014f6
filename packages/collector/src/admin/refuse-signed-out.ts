import type { ServerResponse } from 'node:http';
import { retryAfterSeconds } from '../http/retry-after-seconds.js';
import { sendJson } from '../http/send-json.js';
import type { Throttled } from './login-throttle.js';

/**
 * Turns away a request without a valid token or session: 401 JSON for the API, the login page for
 * pages; 429 with Retry-After, unchecked, when its address has sent too many wrong tokens.
 */
export function refuseSignedOut(res: ServerResponse, url: URL, throttled?: Throttled): void {
  if (throttled) {
    const seconds = retryAfterSeconds(throttled.retryAfterMs);
    const error = `too many wrong admin tokens from this IP address; retry in ${seconds} s`;
    return sendJson(res, 429, { error, retryAfter: seconds }, { 'Retry-After': String(seconds) });
  }
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    return sendJson(res, 401, { error: 'sign in first: send Authorization: Bearer <admin token>, or log in at /admin/login' }, { 'WWW-Authenticate': 'Bearer' });
  }
  res.writeHead(303, { Location: `/admin/login?next=${encodeURIComponent(url.pathname + url.search)}`, 'Cache-Control': 'no-store' });
  res.end();
}
