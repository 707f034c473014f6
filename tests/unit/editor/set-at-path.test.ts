import { describe, expect, it } from 'vitest';
import { setAtPath } from '../../../packages/editor/src/set-at-path.js';

describe('setAtPath', () => {
  it('replaces a value and leaves the original untouched', () => {
    const before = { product: { name: 'A', sku: 'S' }, list: [1, 2] };
    const after = setAtPath(before, ['product', 'name'], 'B');
    expect(after).toEqual({ product: { name: 'B', sku: 'S' }, list: [1, 2] });
    expect(before.product.name).toBe('A');
  });

  it('sets inside arrays by index', () => {
    expect(setAtPath({ a: [{ w: 1 }, { w: 2 }] }, ['a', 1, 'w'], 5)).toEqual({ a: [{ w: 1 }, { w: 5 }] });
  });

  it('creates the containers a missing path needs', () => {
    expect(setAtPath({}, ['product', 'cta', 'label'], 'Buy')).toEqual({ product: { cta: { label: 'Buy' } } });
  });

  it('keeps a "__proto__" key as plain data', () => {
    const after = setAtPath(JSON.parse('{"__proto__": {"x": 1}}'), ['__proto__', 'x'], 2) as Record<string, unknown>;
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(JSON.stringify(after)).toBe('{"__proto__":{"x":2}}');
  });
});
