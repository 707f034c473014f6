import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../packages/collector/src/ingest/canonical-json.js';

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: 1, x: [{ d: 1, c: 2 }] } }, '{"z":{"x":[{"c":2,"d":1}],"y":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [[undefined, 'é', 1.5], '[null,"é",1.5]'],
    ['text', '"text"'],
    [null, 'null'],
  ])('writes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('writes equal values with fields in any order as the same text', () => {
    expect(canonicalJson({ type: 'track', properties: { a: 1, b: 2 } })).toBe(canonicalJson({ properties: { b: 2, a: 1 }, type: 'track' }));
  });
});
