import type { ServerResponse } from 'node:http';
import { LOGIN_CSS } from './login-page.js';

/** `GET /admin/login.css`. */
export function handleLoginCss(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Content-Length': Buffer.byteLength(LOGIN_CSS), 'Cache-Control': 'no-cache' });
  res.end(LOGIN_CSS);
}
