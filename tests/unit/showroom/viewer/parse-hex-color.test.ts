import { describe, expect, it } from 'vitest';
import { parseHexColor } from '../../../../packages/showroom/src/viewer/parse-hex-color.js';

describe('parseHexColor', () => {
  it.each([
    ['#fff', [1, 1, 1, 1]],
    ['#000000', [0, 0, 0, 1]],
    ['#FF000080', [1, 0, 0, 128 / 255]],
    ['#a4472a', [0xa4 / 255, 0x47 / 255, 0x2a / 255, 1]],
    ['red', undefined],
    ['#ffff', undefined],
    ['#gggggg', undefined],
    ['rgb(0,0,0)', undefined],
    ['', undefined],
  ])('%s -> %o', (value, expected) => {
    expect(parseHexColor(value)).toEqual(expected);
  });
});
