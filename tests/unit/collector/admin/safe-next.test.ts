import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../../packages/collector/src/admin/safe-next.js';

describe('safeNext', () => {
  it.each([
    ['/admin/dashboard/', '/admin/dashboard/'],
    ['/admin/editor/?config=aster-chair', '/admin/editor/?config=aster-chair'],
    [null, '/admin/editor/'],
    ['', '/admin/editor/'],
    ['//evil.example/admin/', '/admin/editor/'],
    ['https://evil.example/admin/', '/admin/editor/'],
    ['/admin/../v1/batch', '/admin/editor/'],
    ['/admin/login', '/admin/editor/'],
    ['/admin/\\evil.example', '/admin/editor/'],
    ['/v1/configs/x', '/admin/editor/'],
  ])('sends the admin to %j as %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
