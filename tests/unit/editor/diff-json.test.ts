import { describe, expect, it } from 'vitest';
import { diffJson } from '../../../packages/editor/src/diff-json.js';

describe('diffJson', () => {
  it.each([
    ['nothing for equal documents', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, []],
    ['a changed leaf by its path', { product: { name: 'A' } }, { product: { name: 'B' } }, [{ kind: 'changed', path: 'product.name', before: 'A', after: 'B' }]],
    ['an added key', { a: 1 }, { a: 1, b: { c: 2 } }, [{ kind: 'added', path: 'b', after: { c: 2 } }]],
    ['a removed key', { a: 1, b: 2 }, { a: 1 }, [{ kind: 'removed', path: 'b', before: 2 }]],
    ['an item added at the end', { p: ['x'] }, { p: ['x', 'y'] }, [{ kind: 'added', path: 'p[1]', after: 'y' }]],
    ['an item removed at the end', { p: ['x', 'y'] }, { p: ['x'] }, [{ kind: 'removed', path: 'p[1]', before: 'y' }]],
    ['a type change as one change', { a: [1] }, { a: { 0: 1 } }, [{ kind: 'changed', path: 'a', before: [1], after: { 0: 1 } }]],
    ['an odd key quoted as the validator does', { m: { 'Seat fabric': 1 } }, { m: { 'Seat fabric': 2 } }, [{ kind: 'changed', path: 'm["Seat fabric"]', before: 1, after: 2 }]],
  ])('reports %s', (_, before, after, expected) => {
    expect(diffJson(before, after)).toEqual(expected);
  });
});
