import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../../../packages/contracts/src/config/merge-patch.js';

describe('mergePatch', () => {
  // RFC 7386, Appendix A: every example, target -> patch -> result.
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('merges %j with %j into %j (RFC 7386, Appendix A)', (target, patch, result) => {
    expect(mergePatch(target, patch)).toEqual(result);
  });

  it('changes neither the target nor the patch, and shares no objects with them', () => {
    const target = { product: { name: 'Aster', cta: { label: 'Buy', href: '/buy' } }, list: [1, 2] };
    const patch = { product: { cta: { label: 'Try at home' } }, extra: { nested: [1] } };
    const [targetBefore, patchBefore] = [structuredClone(target), structuredClone(patch)];
    const result = mergePatch(target, patch) as typeof target & typeof patch;
    expect(target).toEqual(targetBefore);
    expect(patch).toEqual(patchBefore);
    expect(result.list).not.toBe(target.list);
    expect(result.extra).not.toBe(patch.extra);
    expect(result.product.cta).toEqual({ label: 'Try at home', href: '/buy' });
  });

  it('ignores __proto__ keys and pollutes no prototype', () => {
    const result = mergePatch({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}, "b": {"__proto__": {"polluted": true}}}'));
    expect(result).toEqual({ a: 1, b: {} });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
