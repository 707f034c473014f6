import { describe, expect, it } from 'vitest';
import { copyJson } from '../../../../packages/contracts/src/config/copy-json.js';

describe('copyJson', () => {
  it('copies nested objects and lists, sharing nothing with the original', () => {
    const original = { a: [{ b: 1 }, 'x', null, true], c: { d: 2 } };
    const copy = copyJson(original);
    expect(copy).toEqual(original);
    expect(copy.a).not.toBe(original.a);
    expect(copy.a[0]).not.toBe(original.a[0]);
    expect(copy.c).not.toBe(original.c);
  });

  it('drops __proto__ keys instead of assigning a prototype', () => {
    const copy = copyJson(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>;
    expect(copy).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy['polluted']).toBeUndefined();
  });
});
