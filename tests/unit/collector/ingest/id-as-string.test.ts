import { describe, expect, it } from 'vitest';
import { idAsString } from '../../../../packages/collector/src/ingest/id-as-string.js';

describe('idAsString', () => {
  it.each<[unknown, unknown]>([
    [42, '42'],
    [0, '0'],
    [-7, '-7'],
    [1.5, '1.5'],
    ['u-1', 'u-1'],
    [null, null],
    [undefined, undefined],
    [Number.NaN, Number.NaN],
    [true, true],
    [{ id: 1 }, { id: 1 }],
  ])('turns %j into %j', (value, expected) => {
    expect(idAsString(value)).toEqual(expected);
  });
});
