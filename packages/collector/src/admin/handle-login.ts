import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { PAGE_CSP } from '../http/page-csp.js';
import { readBody } from '../http/read-body.js';
import { retryAfterSeconds } from '../http/retry-after-seconds.js';
import { clientKey } from '../rate-limit/client-key.js';
import { SESSION_COOKIE } from './is-signed-in.js';
import { loginPage } from './login-page.js';
import { safeNext } from './safe-next.js';
import type { SignInContext } from './sign-in-context.js';

const PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const sendPage = (res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { ...PAGE_HEADERS, ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
};

/**
 * `GET /admin/login` shows the form; `POST /admin/login` (form-encoded `token`, `next`) exchanges
 * the token for an HttpOnly, SameSite=Strict session cookie (Secure over https) and redirects.
 * Wrong tokens are counted per address; past the limit the form answers 429 without checking.
 */
export async function handleLogin({ auth, loginThrottle, trustProxy }: SignInContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'POST') return sendPage(res, 200, loginPage({ next: safeNext(url.searchParams.get('next')) }));
  const body = await readBody(req, 16 * 1024);
  if (!body.ok) return sendPage(res, 413, loginPage({ next: '', error: 'The form was too large or cut short; try again.' }));
  const form = new URLSearchParams(body.body.toString('utf8'));
  const next = safeNext(form.get('next'));
  const token = (form.get('token') ?? '').trim();
  const outcome = await loginThrottle.attempt(clientKey(req, trustProxy), () => auth.startSession(token));
  if (!('result' in outcome)) {
    const seconds = retryAfterSeconds(outcome.retryAfterMs);
    const error = `Too many wrong tokens from your address. Wait ${seconds} s, then try again.`;
    return sendPage(res, 429, loginPage({ next, error }), { 'Retry-After': String(seconds) });
  }
  const session = outcome.result;
  if (!session) return sendPage(res, 401, loginPage({ next, error: 'That is not the admin token. Check it and try again.' }));
  const https = (req.socket as TLSSocket).encrypted === true || req.headers['x-forwarded-proto'] === 'https';
  const maxAge = Math.floor((session.expiresAt - Date.now()) / 1000);
  res.writeHead(303, {
    Location: next,
    'Set-Cookie': `${SESSION_COOKIE}=${session.id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAge}${https ? '; Secure' : ''}`,
    'Cache-Control': 'no-store',
  });
  res.end();
}
