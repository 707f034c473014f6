import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '../../../../packages/contracts/src/config/is-allowed-url.js';
import schema from '../../../../packages/contracts/src/config/showroom.schema.json' with { type: 'json' };

const pattern = new RegExp(schema.$defs.url.pattern, 'u');

describe('isAllowedUrl', () => {
  it.each([
    'https://cdn.nordhavn.example/models/aster.glb',
    'https://cdn.example:8443/a.glb?v=3#x',
    '/models/aster-chair.glb',
    'models/aster-chair.glb',
    './aster.glb',
    '../aster.glb',
    '?variant=sage',
    '#quiz',
    '1a:b',
    '/a:b',
  ])('allows %j (https: or relative)', (url) => {
    expect(isAllowedUrl(url)).toBe(true);
    expect(pattern.test(url)).toBe(true);
  });

  it.each([
    ['http:', 'http://cdn.example/aster.glb'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case', 'JavaScript:alert(1)'],
    ['data:', 'data:model/gltf-binary;base64,Z2xURg=='],
    ['blob:', 'blob:https://shop.example/1'],
    ['protocol-relative', '//evil.example/x.glb'],
    ['protocol-relative with a backslash', '/\\evil.example/x.glb'],
    ['a backslash anywhere', 'models\\aster.glb'],
    ['a leading space', ' javascript:alert(1)'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a tab inside a path', '/models/\taster.glb'],
    ['credentials', 'https://user:pass@evil.example/x.glb'],
    ['https: without a host', 'https:///x.glb'],
    ['https: without slashes', 'https:evil.example'],
    ['https: in capitals', 'HTTPS://cdn.example/x.glb'],
    ['the empty string', ''],
  ])('refuses %s', (_, url) => {
    expect(isAllowedUrl(url)).toBe(false);
    expect(pattern.test(url)).toBe(false);
  });
});
