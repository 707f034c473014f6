import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

const fixture = { ...JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8')), id: 'aster-chair' };
const figures = {
  visitors: { control: 1024, 'try-at-home': 1010 },
  baseline: 'control',
  metric: 'order',
  value: 0.042,
  baselineValue: 0.03,
  difference: 0.012,
  interval: [0.004, 0.02],
  verdict: 'better',
  guardrails: [{ metric: 'cta', verdict: 'not-worse' }],
};
const ship = { experiment: 'cta-wording', arm: 'try-at-home', figures };

describe('POST /api/configs/{id}/ship', () => {
  let collector: TestCollector;
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const res = await fetch(`${collector.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${collector.adminToken}`, 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, json: await res.json() };
  };

  beforeAll(async () => {
    collector = await startTestCollector();
    await call('POST', '/api/configs/aster-chair/versions', { config: fixture, label: 'launch' });
    await call('POST', '/api/configs/aster-chair/publish', { version: 1 });
    await call('POST', '/api/configs/aster-chair/versions', { config: { ...fixture, product: { ...fixture.product, name: 'Draft' } }, label: 'a draft' });
  });
  afterAll(() => collector.stop());

  it('previews a dry run without saving anything', async () => {
    const preview = await call('POST', '/api/configs/aster-chair/ship', { ...ship, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ id: 'aster-chair', base: 1, version: 3, published: false, patch: { product: { cta: { label: 'Try it at home for 30 days' } } }, experimentsLeft: 0 });
    expect(preview.json.label).toBe(
      'Shipped arm try-at-home of experiment cta-wording: order conversion 4.2% against 3% for control, +1.2 pp, 95 % interval +0.4 pp to +2.0 pp, verdict better; guardrails CTA conversion not-worse; visitors control 1,024, try-at-home 1,010',
    );
    expect((await call('GET', '/api/configs/aster-chair')).json).toMatchObject({ latest: 2, published: 1 });
  });

  it('refuses a ship on the session cookie from another origin, as every admin write', async () => {
    const login = await fetch(`${collector.url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: collector.adminToken!, next: '/admin/dashboard/' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const res = await fetch(`${collector.url}/api/configs/aster-chair/ship`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://shop.example.com', 'Content-Type': 'text/plain' },
      body: JSON.stringify({ ...ship, expectedVersion: 1 }),
    });
    expect(res.status).toBe(401);
    expect((await call('GET', '/api/configs/aster-chair')).json).toMatchObject({ latest: 2, published: 1 });
  });

  it('saves the published config with the arm merged in and the experiment removed, labelled with the figures, and publishes it', async () => {
    const shipped = await call('POST', '/api/configs/aster-chair/ship', { ...ship, expectedVersion: 1 });
    expect(shipped.status).toBe(201);
    expect(shipped.json).toMatchObject({ id: 'aster-chair', base: 1, version: 3, published: true });
    const history = (await call('GET', '/api/configs/aster-chair')).json;
    expect(history).toMatchObject({ latest: 3, published: 3 });
    expect(history.versions[0]).toMatchObject({ version: 3, author: 'admin', label: shipped.json.label });
    const live = await (await fetch(`${collector.url}/v1/configs/aster-chair`)).json();
    expect(live).toMatchObject({ version: 3, product: { name: fixture.product.name, cta: { label: 'Try it at home for 30 days' } } });
    expect(live).not.toHaveProperty('experiments');
    expect(JSON.parse(shipped.json.text)).toEqual(live);
  });

  it('refuses with 409 a decision made on a version no longer published', async () => {
    const res = await call('POST', '/api/configs/aster-chair/ship', { ...ship, expectedVersion: 1 });
    expect(res).toEqual({ status: 409, json: { error: expect.stringMatching(/^config "aster-chair" now has version 3 published, not 1: someone published since/) } });
    expect((await call('GET', '/api/configs/aster-chair')).json).toMatchObject({ latest: 3, published: 3 });
  });

  it.each([
    ['an experiment the config no longer runs', 'aster-chair', { ...ship, expectedVersion: 3 }, 404, /runs no experiment "cta-wording" \(it runs: none\)/],
    ['a config never published', 'sofa', { ...ship, expectedVersion: 1 }, 404, /config "sofa" has no published version/],
    ['a bad config id', 'Bad_Id', { ...ship, expectedVersion: 1 }, 400, /not a config id/],
    ['no expectedVersion', 'aster-chair', ship, 400, /^expectedVersion must be/],
    ['no figures', 'aster-chair', { ...ship, figures: undefined, expectedVersion: 3 }, 400, /^figures must be/],
    ['the CTA-only figures of before primary metrics', 'aster-chair', { ...ship, figures: { ...figures, metric: undefined }, expectedVersion: 3 }, 400, /^figures\.metric must be the experiment's primary metric/],
    ['a revenue figure without its currency', 'aster-chair', { ...ship, figures: { ...figures, metric: 'revenue-per-visitor' }, expectedVersion: 3 }, 400, /^figures\.currency is required/],
    ['a body that is not JSON', 'aster-chair', '{nope', 400, /not valid JSON/],
  ])('refuses %s, naming it', async (_, id, body, status, error) => {
    const res = await call('POST', `/api/configs/${id}/ship`, body);
    expect(res.status).toBe(status);
    expect(res.json.error).toMatch(error);
  });

  describe('on a config that still runs the experiment', () => {
    beforeAll(async () => {
      await call('POST', '/api/configs/oak-table/versions', { config: { ...fixture, id: 'oak-table' } });
      await call('POST', '/api/configs/oak-table/publish', { version: 1 });
    });

    it.each([
      ['an unknown arm', { ...ship, arm: 'free' }, 404, 'experiment "cta-wording" has no arm "free" (its arms: "control", "try-at-home")'],
    ])('refuses %s, naming it, and saves nothing', async (_, body, status, error) => {
      expect(await call('POST', '/api/configs/oak-table/ship', { ...body, expectedVersion: 1 })).toEqual({ status, json: { error } });
      expect((await call('GET', '/api/configs/oak-table')).json).toMatchObject({ latest: 1, published: 1 });
    });

    it('ships the baseline by ending the experiment, the config otherwise unchanged', async () => {
      const baseline = { ...figures, value: 0.03, difference: null, interval: null, verdict: 'baseline', guardrails: [] };
      const res = await call('POST', '/api/configs/oak-table/ship', { experiment: 'cta-wording', arm: 'control', figures: baseline, expectedVersion: 1 });
      expect(res.status).toBe(201);
      expect(res.json.label).toBe('Shipped arm control (the baseline) of experiment cta-wording, ending it: order conversion 3%; visitors control 1,024, try-at-home 1,010');
      const { experiments: _, ...rest } = { ...fixture, id: 'oak-table', version: 2 };
      expect(JSON.parse(res.json.text)).toEqual(rest);
    });
  });
});
