import { describe, expect, it } from 'vitest';
import { byteRange } from '../../../../packages/collector/src/http/byte-range.js';

describe('byteRange', () => {
  it.each([
    ['bytes=0-99', [0, 99]],
    ['bytes=100-', [100, 999]],
    ['bytes=-100', [900, 999]],
    ['bytes=-5000', [0, 999]],
    ['bytes=990-5000', [990, 999]],
    ['bytes=999-999', [999, 999]],
    [' bytes=0-0 ', [0, 0]],
  ])('reads %s of a 1,000-byte file as %j', (header, range) => {
    expect(byteRange(header, 1000)).toEqual(range);
  });

  it.each([
    ['no header', undefined],
    ['several ranges', 'bytes=0-1,5-9'],
    ['another unit', 'items=0-1'],
    ['a range that ends before it starts', 'bytes=50-10'],
    ['no numbers', 'bytes=-'],
    ['words', 'bytes=a-b'],
  ])('sends the whole file for %s', (_name, header) => {
    expect(byteRange(header, 1000)).toBeUndefined();
  });

  it.each([
    ['a start past the end', 'bytes=1000-', 1000],
    ['an empty suffix', 'bytes=-0', 1000],
    ['any suffix of an empty file', 'bytes=-10', 0],
  ])('cannot satisfy %s', (_name, header, size) => {
    expect(byteRange(header, size)).toBe('unsatisfiable');
  });
});
