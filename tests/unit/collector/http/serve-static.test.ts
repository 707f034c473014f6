import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

let dir: string;
let collector: TestCollector;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-demo-'));
  const root = join(dir, 'demo');
  const trackerDist = join(dir, 'tracker-dist');
  mkdirSync(join(root, 'models'), { recursive: true });
  mkdirSync(trackerDist);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Shop</title>');
  writeFileSync(join(root, 'shop.css'), 'body{}');
  writeFileSync(join(root, 'models', 'shoe.glb'), Buffer.from([0x67, 0x6c, 0x54, 0x46]));
  writeFileSync(join(root, 'clip.webm'), '0123456789');
  writeFileSync(join(root, 'clip.vtt'), 'WEBVTT');
  writeFileSync(join(dir, 'secret.txt'), 'outside the demo');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  writeFileSync(join(trackerDist, 'tracker.iife.js'), 'var vitrine;');
  collector = await startTestCollector({ demo: { root, mounts: { '/tracker/': trackerDist } } });
});
afterAll(async () => {
  await collector.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** GETs a raw path (fetch would normalise `..` away before sending it). */
const getRaw = (path: string): Promise<number> =>
  new Promise((resolve, reject) => {
    request(`${collector.url}/`, { path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

describe('serveStatic (demo mode)', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', '<!doctype html><title>Shop</title>'],
    ['/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Shop</title>'],
    ['/shop.css', 'text/css; charset=utf-8', 'body{}'],
    ['/models/shoe.glb', 'model/gltf-binary', 'glTF'],
    ['/tracker/tracker.iife.js', 'text/javascript; charset=utf-8', 'var vitrine;'],
    ['/clip.webm', 'video/webm', '0123456789'],
    ['/clip.vtt', 'text/vtt; charset=utf-8', 'WEBVTT'],
  ])('serves %s as %s', async (path, type, body) => {
    const res = await fetch(`${collector.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(body);
  });

  it('serves pages with a strict CSP: no inline script or style, no eval', async () => {
    const csp = (await fetch(`${collector.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    // Scripts and styles themselves need no policy.
    expect((await fetch(`${collector.url}/shop.css`)).headers.get('content-security-policy')).toBeNull();
  });

  it.each([
    ['a missing file', '/nope.html'],
    ['a folder without index.html (no listing)', '/models/'],
    ['a folder named without a slash', '/models'],
    ['a parent folder', '/../secret.txt'],
    ['an encoded parent folder', '/%2e%2e/secret.txt'],
    ['a parent of the tracker folder', '/tracker/../../secret.txt'],
    ['a symlink leading outside', '/link.txt'],
  ])('answers 404 for %s', async (_name, path) => {
    expect(await getRaw(path)).toBe(404);
  });

  it('sends the byte range a video asks for (Safari plays only from servers that do)', async () => {
    const res = await fetch(`${collector.url}/clip.webm`, { headers: { range: 'bytes=2-5' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(res.headers.get('content-length')).toBe('4');
    expect(await res.text()).toBe('2345');
    expect((await fetch(`${collector.url}/clip.webm`)).headers.get('accept-ranges')).toBe('bytes');
  });

  it('answers 416 to a range past the end, naming the size', async () => {
    const res = await fetch(`${collector.url}/clip.webm`, { headers: { range: 'bytes=10-' } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */10');
  });

  it('answers 405 to a POST on a demo file', async () => {
    expect((await fetch(`${collector.url}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
