import { describe, expect, it } from 'vitest';
import { jsonTooDeep } from '../../../../packages/collector/src/ingest/json-too-deep.js';

const deep = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);
const scan = (text: string, max: number): string | undefined => jsonTooDeep(Buffer.from(text), max);

describe('jsonTooDeep', () => {
  it.each<[string, string, number, string | undefined]>([
    // name, JSON text, max depth, path of the first value too deep
    ['a flat object', '{"a":1,"b":"x"}', 1, undefined],
    ['exactly the limit', '{"a":{"b":[1]}}', 3, undefined],
    ['one level past it, in an object', '{"a":{"b":[1]}}', 2, 'a.b'],
    ['past it in a batch, named by index and key', '{"batch":[{"m":1},{"properties":{"x":{}}}]}', 4, 'batch[1].properties.x'],
    ['a root array', deep(3), 2, '[0][0]'],
    ['a key that is not an identifier', '{"a b":{"c":{}}}', 2, '["a b"].c'],
    ['an escaped key', '{"\\u0061\\"":{"c":{}}}', 2, '["a\\""].c'],
    ['a UTF-8 key', '{"椅子":{"c":{}}}', 2, '["椅子"].c'],
    ['a string ending in an escaped backslash, then structure', '{"a":"x\\\\","b":{"c":{}}}', 2, 'b.c'],
    ['a quote after an escaped backslash then an escaped quote', '{"a":"\\\\\\"[[","b":{"c":{}}}', 2, 'b.c'],
    ['brackets and quotes inside strings, which are not structure', '{"a":"[[[{\\"","b":["]]]"]}', 1, 'b'],
    ['the second element of an array, after a string with a comma', '{"a":["x,y",{"c":1}]}', 2, 'a[1]'],
    ['a value after a nested object', '{"a":{"x":1},"b":{"c":{}}}', 2, 'b.c'],
    ['invalid JSON, left to JSON.parse', '{"a":', 1, undefined],
    ['an unterminated string', '{"a":"[[[[', 1, undefined],
  ])('%s', (_name, text, max, path) => {
    expect(scan(text, max)).toBe(path);
  });

  it('scans a million levels without recursion', () => {
    expect(scan(deep(1_000_000), 64)).toBe('[0]'.repeat(64));
  });
});
