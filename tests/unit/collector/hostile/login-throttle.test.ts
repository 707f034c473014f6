import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { requestFrom } from './request-from.js';

/** The default limit (RateLimitOptions.failedLogins): ten wrong tokens, then one every 10 s. */
const FREE_TRIES = 10;

const form = (token: string): { method: string; headers: Record<string, string>; body: string } => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ token, next: '/admin/editor/' }).toString(),
});

// Finding 8: 300 wrong admin tokens were all checked, none refused.
describeOnBothDatabases('failed admin logins', (start) => {
  it('answers 429 with Retry-After after a few wrong Bearer tokens, while the right token from another IP still works', async () => {
    // Ingest limits off, so only the default failed-login limit is in play.
    const collector = await start({ rateLimit: { perIp: false, perWriteKey: false } });
    const statuses: number[] = [];
    let refused: Response | undefined;
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      const res = await fetch(`${collector.url}/api/configs`, { headers: { Authorization: `Bearer vta_guess-${i}` } });
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
      await res.arrayBuffer();
    }
    // One more try comes back every 10 s: on a slow machine the loop itself may have earned some.
    const refills = Math.floor((performance.now() - started) / 10_000) + 1;
    expect(statuses.slice(0, FREE_TRIES + 1)).toEqual([...Array(FREE_TRIES).fill(401), 429]);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(FREE_TRIES + refills);
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused!.headers.get('retry-after'))).toBeLessThanOrEqual(10);

    // Another client is not held back by those failures, by Bearer token or through the form.
    const token = collector.adminToken!;
    const api = await requestFrom('127.0.0.2', `${collector.url}/api/configs`, { headers: { Authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    const login = await requestFrom('127.0.0.2', `${collector.url}/admin/login`, form(token));
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    // A session cookie is never throttled, even from the address that is.
    expect((await fetch(`${collector.url}/api/configs`, { headers: { Cookie: cookie } })).status).toBe(200);
    // The throttled address waits, right token or not: it is not checked at all.
    expect((await fetch(`${collector.url}/api/configs`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(429);
  }, 60_000);

  it('counts wrong tokens in the login form too, answering the form again with 429 and the wait', async () => {
    const collector = await start({ rateLimit: { perIp: false, perWriteKey: false } });
    const statuses: number[] = [];
    let page = '';
    let retryAfter: string | string[] | undefined;
    for (let i = 0; i < 30; i++) {
      const res = await requestFrom('127.0.0.3', `${collector.url}/admin/login`, form(`vta_guess-${i}`));
      statuses.push(res.status);
      if (res.status === 429) [page, retryAfter] = [res.text, res.headers['retry-after']];
    }
    expect(statuses.slice(0, FREE_TRIES + 1)).toEqual([...Array(FREE_TRIES).fill(401), 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(page).toMatch(/role="alert"[^>]*>Too many wrong tokens from your address\. Wait \d+ s, then try again\./);
    expect(page).toContain('<form method="post" action="/admin/login">');
    // Bearer tries from that address share its count.
    const bearer = await requestFrom('127.0.0.3', `${collector.url}/api/metrics`, { headers: { Authorization: 'Bearer vta_guess' } });
    expect(bearer.status).toBe(429);
    expect(JSON.parse(bearer.text)).toEqual({ error: expect.stringMatching(/too many wrong admin tokens from this IP address; retry in \d+ s/), retryAfter: expect.any(Number) });
  }, 30_000);

  it('can be turned off', async () => {
    const collector = await start({ rateLimit: { failedLogins: false } });
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${collector.url}/api/configs`, { headers: { Authorization: 'Bearer vta_guess' } });
      expect(res.status).toBe(401);
      await res.arrayBuffer();
    }
  }, 30_000);
});
