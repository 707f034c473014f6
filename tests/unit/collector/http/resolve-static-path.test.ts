import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../../packages/collector/src/http/resolve-static-path.js';

const root = resolve('/srv/demo');

describe('resolveStaticPath', () => {
  it.each<[string, string | undefined]>([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/models/shoe.glb', join(root, 'models/shoe.glb')],
    ['/category/', join(root, 'category/index.html')],
    ['/a%20b.png', join(root, 'a b.png')],
    ['/x/../index.html', join(root, 'index.html')],
  ])('maps %s inside the root', (urlPath, file) => {
    expect(resolveStaticPath(root, urlPath)).toBe(file);
  });

  it.each<[string]>([
    ['/../etc/passwd'],
    ['/%2e%2e/etc/passwd'],
    ['/x/../../demo-secrets/key'],
    ['/..%2fdemo-other/file'],
    ['/..\\windows'],
    ['/%00.html'],
    ['/%E0%A4%A'],
    ['relative.html'],
    ['/..'],
  ])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeUndefined();
  });
});
