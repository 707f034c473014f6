import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

const fixture = { ...JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8')), id: 'aster-chair' };

describe('the config admin API', () => {
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
  });
  afterAll(() => collector.stop());

  it('saves versions, lists them, and serves each one', async () => {
    const first = await call('POST', '/api/configs/aster-chair/versions', { config: fixture, label: 'launch copy' });
    expect(first).toEqual({ status: 201, json: { id: 'aster-chair', version: 1, errors: [], warnings: [], publishable: true } });
    await call('POST', '/api/configs/aster-chair/versions', { config: { ...fixture, product: { ...fixture.product, name: 'Aster II' } } });

    const list = await call('GET', '/api/configs');
    expect(list.json.configs).toEqual([{ id: 'aster-chair', latest: 2, published: null, updatedAt: expect.any(Number) }]);
    const history = await call('GET', '/api/configs/aster-chair');
    expect(history.json.versions.map((v: { version: number; label: string }) => [v.version, v.label])).toEqual([[2, ''], [1, 'launch copy']]);
    const one = await call('GET', '/api/configs/aster-chair/versions/1');
    expect(JSON.parse(one.json.text).product.name).toBe(fixture.product.name);
  });

  it('publishes a valid version and makes it live at the public route', async () => {
    expect(await call('POST', '/api/configs/aster-chair/publish', { version: 2 })).toEqual({ status: 200, json: { id: 'aster-chair', published: 2 } });
    const live = await fetch(`${collector.url}/v1/configs/aster-chair`);
    expect((await live.json()).product.name).toBe('Aster II');
  });

  it('keeps an invalid config but refuses to publish it with 422 and the validator errors (path + message)', async () => {
    const saved = await call('POST', '/api/configs/aster-chair/versions', { config: { ...fixture, product: { ...fixture.product, price: 'cheap' } } });
    expect(saved.status).toBe(201);
    expect(saved.json.publishable).toBe(false);
    expect(saved.json.errors).toEqual([{ path: 'product.price', message: expect.stringMatching(/^product\.price .*number/) }]);
    const refused = await call('POST', '/api/configs/aster-chair/publish', { version: saved.json.version });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual(saved.json.errors);
    expect((await call('GET', '/api/configs/aster-chair')).json.published).toBe(2);
  });

  it('reverts to an old version as a new one', async () => {
    const reverted = await call('POST', '/api/configs/aster-chair/revert', { version: 1 });
    expect(reverted.status).toBe(201);
    const text = JSON.parse((await call('GET', `/api/configs/aster-chair/versions/${reverted.json.version}`)).json.text);
    expect(text.product.name).toBe(fixture.product.name);
  });

  it.each([
    ['GET', '/api/configs/sofa', undefined, 404, /no config "sofa"/],
    ['GET', '/api/configs/aster-chair/versions/99', undefined, 404, /no version 99/],
    ['GET', '/api/configs/aster-chair/versions/x', undefined, 404, /no version x/],
    ['POST', '/api/configs/aster-chair/publish', { version: 99 }, 404, /no version 99/],
    ['POST', '/api/configs/aster-chair/publish', { version: '1' }, 400, /version must be/],
    ['POST', '/api/configs/aster-chair/revert', {}, 400, /version must be/],
    ['POST', '/api/configs/aster-chair/versions', '{not json', 400, /not valid JSON/],
    ['POST', '/api/configs/aster-chair/versions', { config: [] }, 400, /config must be/],
    ['POST', '/api/configs/aster-chair/versions', { config: fixture, label: 5 }, 400, /label must be/],
    ['POST', '/api/configs/aster-chair/versions', { config: { ...fixture, id: 'other' } }, 400, /must match/],
    ['POST', '/api/configs/Bad_Id/versions', { config: fixture }, 400, /not a config id/],
  ] as const)('%s %s with %j answers %i naming the problem', async (method, path, body, status, error) => {
    const res = await call(method, path, body);
    expect(res.status).toBe(status);
    expect(res.json.error).toMatch(error);
  });
});
