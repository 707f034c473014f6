import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

describe('GET /v1/configs/{id}', () => {
  let collector: TestCollector;
  const configsDir = mkdtempSync(join(tmpdir(), 'vitrine-configs-'));
  const config = { id: 'aster-chair', version: 3 };

  beforeAll(async () => {
    writeFileSync(join(configsDir, 'aster-chair.json'), JSON.stringify(config));
    writeFileSync(join(configsDir, 'secret.txt'), 'not a config');
    collector = await startTestCollector({ configsDir });
  });
  afterAll(async () => {
    await collector.stop();
    rmSync(configsDir, { recursive: true, force: true });
  });

  it('serves a published config to any origin, cacheable', async () => {
    const res = await fetch(`${collector.url}/v1/configs/aster-chair`, { headers: { Origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await res.json()).toEqual(config);
  });

  it.each([
    ['an unknown id', 'sofa', /no published config "sofa"/],
    ['a path that tries to leave the folder', '..%2Fsecret', /is not a config id/],
    ['a file that is not a config', 'secret.txt', /is not a config id/],
  ])('answers 404 naming the problem for %s', async (_, id, message) => {
    const res = await fetch(`${collector.url}/v1/configs/${id}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(message);
  });

  it('refuses writes: the public route only reads what was published', async () => {
    const res = await collector.post('/v1/configs/aster-chair', config);
    expect(res.status).toBe(405);
  });
});
