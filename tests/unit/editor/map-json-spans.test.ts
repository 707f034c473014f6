import { describe, expect, it } from 'vitest';
import { mapJsonSpans } from '../../../packages/editor/src/map-json-spans.js';

const text = `{
  "product": { "name": "Aster", "price": -1.5e2 },
  "experiences": [ { "pages": [ "a", "b\\"c" ] } ],
  "strings": { "odd key": true, "x": null }
}`;

describe('mapJsonSpans', () => {
  const spans = mapJsonSpans(text)!;
  it.each([
    ['product.name', '"Aster"'],
    ['product.price', '-1.5e2'],
    ['experiences[0].pages[1]', '"b\\"c"'],
    ['strings["odd key"]', 'true'],
    ['strings.x', 'null'],
    ['', text],
  ])('finds %s in the text', (path, expected) => {
    const span = spans.get(path)!;
    expect(text.slice(span.start, span.end)).toBe(expected);
  });

  it.each(['{', '{"a": }', '[1,]', '{"a": 1} x', '"open', ''])('gives up on text that is not JSON: %j', (bad) => {
    expect(mapJsonSpans(bad)).toBeUndefined();
  });
});
