import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../../packages/contracts/src/config/format-path.js';

describe('formatPath', () => {
  it.each<[string, string | number, string]>([
    ['', 'product', 'product'],
    ['product', 'name', 'product.name'],
    ['experiences', 1, 'experiences[1]'],
    ['experiences[1].pages', 0, 'experiences[1].pages[0]'],
    ['materials', 'Seat fabric', 'materials["Seat fabric"]'],
    ['scores', 'cosy-result', 'scores["cosy-result"]'],
    ['', 'a"b', '["a\\"b"]'],
  ])('appends to %j the key %j: %j', (path, key, result) => {
    expect(formatPath(path, key)).toBe(result);
  });
});
