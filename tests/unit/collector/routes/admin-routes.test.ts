import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PAGES } from '../../../../packages/collector/src/admin-pages.js';
import { adminRoutes } from '../../../../packages/collector/src/routes/admin-routes.js';
import { isGuardedPath } from '../../../../packages/collector/src/admin/is-guarded-path.js';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

// The router dispatches from this very list: a route added to it is covered here without edits.
const ROUTES = adminRoutes(ADMIN_PAGES);

/** Logs in through the form, as a browser without JavaScript would; resolves with the cookie pair. */
const logIn = async (url: string, token: string): Promise<Response> =>
  fetch(`${url}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, next: '/admin/editor/' }),
  });

const cookieOf = (res: Response): string => res.headers.get('set-cookie')!.split(';')[0]!;

describe('the admin guard', () => {
  let collector: TestCollector;
  let token: string;

  beforeAll(async () => {
    collector = await startTestCollector();
    token = collector.adminToken!;
  });
  afterAll(() => collector.stop());

  it('covers every admin route by its path', () => {
    expect(ROUTES.length).toBeGreaterThan(7);
    for (const route of ROUTES) expect(isGuardedPath(route.example), route.example).toBe(true);
  });

  const strangers: [string, Record<string, string>][] = [
    ['no credentials', {}],
    ['a wrong bearer token', { Authorization: 'Bearer vta_not-the-token' }],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['a forged session cookie', { Cookie: 'vitrine_admin=forged' }],
  ];
  for (const route of ROUTES) {
    it.each(strangers)(`refuses ${route.method} ${route.path} with %s`, async (_, headers) => {
      const res = await fetch(`${collector.url}${route.example}`, {
        method: route.method,
        headers: { 'Content-Type': 'application/json', ...headers },
        redirect: 'manual',
        ...(route.method === 'POST' && { body: JSON.stringify({ version: 1, config: { id: 'aster-chair' } }) }),
      });
      if (route.example.startsWith('/api/')) {
        expect(res.status).toBe(401);
        expect((await res.json()).error).toMatch(/sign in first/);
      } else {
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe(`/admin/login?next=${encodeURIComponent(route.example)}`);
      }
    });
  }

  it.each(['/api/metrics', '/api/visitors/delete', '/admin/dashboard/', '/admin', '/api/anything'])('refuses %s, a path it does not serve, the same way', async (path) => {
    const res = await fetch(`${collector.url}${path}`, { redirect: 'manual' });
    expect(res.status).toBe(path.startsWith('/api/') ? 401 : 303);
  });

  it('leaves ingest, published configs and the login page public', async () => {
    expect((await fetch(`${collector.url}/health`)).status).toBe(200);
    expect((await collector.post('/v1/batch', { batch: [] })).status).not.toBe(401);
    expect((await fetch(`${collector.url}/v1/configs/none`)).status).toBe(404);
    const login = await fetch(`${collector.url}/admin/login`);
    expect(login.status).toBe(200);
    expect(login.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await login.text()).toContain('<label for="token">Admin token</label>');
    expect((await fetch(`${collector.url}/admin/login.css`)).headers.get('content-type')).toMatch(/text\/css/);
  });

  it('accepts the token as a bearer token', async () => {
    const res = await fetch(`${collector.url}/api/configs`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ configs: [] });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie at login, which then opens the API', async () => {
    const res = await logIn(collector.url, token);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/editor/');
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^vitrine_admin=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=\d+$/);
    expect(setCookie).not.toContain(token);
    const api = await fetch(`${collector.url}/api/configs`, { headers: { Cookie: cookieOf(res) } });
    expect(api.status).toBe(200);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await fetch(`${collector.url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-Proto': 'https' },
      body: new URLSearchParams({ token }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('shows the form again with an error for a wrong token, and sets no cookie', async () => {
    const res = await logIn(collector.url, 'vta_guess');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('role="alert"');
  });

  it.each([
    ['//evil.example/', '/admin/editor/'],
    ['https://evil.example/', '/admin/editor/'],
    ['/admin/dashboard/', '/admin/dashboard/'],
  ])('after login goes to next=%s only when it is an admin path (%s)', async (next, location) => {
    const res = await fetch(`${collector.url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, next }),
    });
    expect(res.headers.get('location')).toBe(location);
  });

  it('refuses a write on the cookie from another origin (a shop on a sibling subdomain), and takes it from its own', async () => {
    const cookie = cookieOf(await logIn(collector.url, token));
    const write = (origin: string) =>
      fetch(`${collector.url}/api/configs/aster-chair/publish`, { method: 'POST', headers: { Cookie: cookie, Origin: origin, 'Content-Type': 'text/plain' }, body: '{"version":1}' });
    expect((await write('https://shop.example.com')).status).toBe(401);
    expect((await write(collector.url)).status).toBe(404); // signed in: there is no such config yet
  });

  it('ends the session at logout', async () => {
    const cookie = cookieOf(await logIn(collector.url, token));
    const out = await fetch(`${collector.url}/admin/logout`, { method: 'POST', headers: { Cookie: cookie }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${collector.url}/api/configs`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});
