import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

// The built dashboard (npm run build, which `npm test` runs first) as the collector serves it.
describe('GET /admin/dashboard/', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    collector = await startTestCollector();
  });
  afterAll(() => collector.stop());

  it('serves the page under the strict CSP, and its script and styles as files', async () => {
    const page = await collector.adminGet('/admin/dashboard/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'[^;]*; style-src 'self';/);
    const html = await page.text();
    for (const file of ['dashboard.js', 'dashboard.css', 'uPlot.min.css']) {
      expect(html).toContain(`"${file}"`);
      const res = await collector.adminGet(`/admin/dashboard/${file}`);
      expect(res.status, file).toBe(200);
    }
    expect(html).not.toMatch(/<script>|<style|style="/);
  });

  it('redirects the folder without its slash, so the page finds its files', async () => {
    const res = await fetch(`${collector.url}/admin/dashboard`, { redirect: 'manual', headers: { Authorization: `Bearer ${collector.adminToken}` } });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/admin/dashboard/');
  });

  it.each(['/admin/dashboard/nope.js', '/admin/dashboard/..%2f..%2fpackage.json', '/admin/dashboard/%2e%2e/src/main.tsx'])('answers 404 for %s', async (path) => {
    const res = await collector.adminGet(path);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/^no (file at|route for) /);
  });

  it('only reads', async () => {
    const res = await fetch(`${collector.url}/admin/dashboard/`, { method: 'POST', headers: { Authorization: `Bearer ${collector.adminToken}` } });
    expect(res.status).toBe(405);
  });
});
