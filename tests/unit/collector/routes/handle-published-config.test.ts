import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

const fixture = { ...JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8')), id: 'aster-chair' };

describe('GET /v1/configs/{id}', () => {
  let collector: TestCollector;
  const configsDir = mkdtempSync(join(tmpdir(), 'vitrine-configs-'));
  const auth = (): Record<string, string> => ({ Authorization: `Bearer ${collector.adminToken}`, 'Content-Type': 'application/json' });

  beforeAll(async () => {
    writeFileSync(join(configsDir, 'aster-chair.json'), JSON.stringify(fixture));
    writeFileSync(join(configsDir, 'broken.json'), JSON.stringify({ id: 'broken', version: 1 }));
    writeFileSync(join(configsDir, 'secret.txt'), 'not a config');
    collector = await startTestCollector({ configsDir });
  });
  afterAll(async () => {
    await collector.stop();
    rmSync(configsDir, { recursive: true, force: true });
  });

  it('serves the published version of a seed config to any origin, cacheable', async () => {
    const res = await fetch(`${collector.url}/v1/configs/aster-chair`, { headers: { Origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=30');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(await res.json()).toEqual({ ...fixture, version: 1 });
  });

  it('answers 304 to a revalidation until a new version is published', async () => {
    const etag = (await fetch(`${collector.url}/v1/configs/aster-chair`)).headers.get('etag')!;
    const again = await fetch(`${collector.url}/v1/configs/aster-chair`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);

    const product = { ...fixture.product, name: 'Aster chair, renamed' };
    const saved = await fetch(`${collector.url}/api/configs/aster-chair/versions`, { method: 'POST', headers: auth(), body: JSON.stringify({ config: { ...fixture, product } }) });
    const { version } = await saved.json();
    expect((await fetch(`${collector.url}/v1/configs/aster-chair`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await fetch(`${collector.url}/api/configs/aster-chair/publish`, { method: 'POST', headers: auth(), body: JSON.stringify({ version }) });
    const fresh = await fetch(`${collector.url}/v1/configs/aster-chair`, { headers: { 'If-None-Match': etag } });
    expect(fresh.status).toBe(200);
    expect((await fresh.json()).product.name).toBe('Aster chair, renamed');
  });

  it.each([
    ['an unknown id', 'sofa', /no published config "sofa"/],
    ['a seed file the validator refuses', 'broken', /no published config "broken"/],
    ['a path that tries to leave the folder', '..%2Fsecret', /is not a config id/],
    ['a file that is not a config', 'secret.txt', /is not a config id/],
  ])('answers 404 naming the problem for %s', async (_, id, message) => {
    const res = await fetch(`${collector.url}/v1/configs/${id}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(message);
  });

  it('refuses writes: the public route only reads what was published', async () => {
    const res = await collector.post('/v1/configs/aster-chair', fixture);
    expect(res.status).toBe(405);
  });
});
