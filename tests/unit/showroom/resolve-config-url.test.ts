import { describe, expect, it } from 'vitest';
import { resolveConfigUrl } from '../../../packages/showroom/src/resolve-config-url.js';

const PAGE = 'https://shop.example/products/aster';

describe('resolveConfigUrl', () => {
  it.each([
    ['an id, at the collector the endpoint names', 'aster-chair', 'https://collector.example/v1/batch', 'https://collector.example/v1/configs/aster-chair'],
    ['an id with a relative endpoint, at the page’s origin', 'aster-chair', '/v1/batch', 'https://shop.example/v1/configs/aster-chair'],
    ['a relative URL, against the page', 'configs/aster.json', undefined, 'https://shop.example/products/configs/aster.json'],
    ['an absolute URL, as it is', 'https://cdn.example/aster.json', undefined, 'https://cdn.example/aster.json'],
  ])('resolves %s', (_, config, endpoint, expected) => {
    expect(resolveConfigUrl(config, endpoint, PAGE)).toBe(expected);
  });

  it('refuses an id without an endpoint, saying what to set', () => {
    expect(() => resolveConfigUrl('aster-chair', undefined, PAGE)).toThrow(/\[vitrine:no-endpoint\].*endpoint/);
  });
});
