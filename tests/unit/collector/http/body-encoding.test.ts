import { describe, expect, it } from 'vitest';
import { bodyEncoding } from '../../../../packages/collector/src/http/body-encoding.js';

describe('bodyEncoding', () => {
  it.each<[string | undefined, ReturnType<typeof bodyEncoding>]>([
    [undefined, { ok: true, encoding: 'identity' }],
    ['', { ok: true, encoding: 'identity' }],
    ['identity', { ok: true, encoding: 'identity' }],
    ['gzip', { ok: true, encoding: 'gzip' }],
    [' GZip ', { ok: true, encoding: 'gzip' }],
    ['x-gzip', { ok: true, encoding: 'gzip' }],
    ['deflate', { ok: true, encoding: 'deflate' }],
    ['br', { ok: false, encoding: 'br' }],
    ['zstd', { ok: false, encoding: 'zstd' }],
    ['gzip, gzip', { ok: false, encoding: 'gzip, gzip' }],
  ])('reads Content-Encoding %j', (header, expected) => {
    expect(bodyEncoding(header)).toEqual(expected);
  });
});
