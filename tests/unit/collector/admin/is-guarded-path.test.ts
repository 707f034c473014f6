import { describe, expect, it } from 'vitest';
import { isGuardedPath } from '../../../../packages/collector/src/admin/is-guarded-path.js';

describe('isGuardedPath', () => {
  it.each([
    ['/api/configs', true],
    ['/api/metrics', true],
    ['/api', true],
    ['/admin', true],
    ['/admin/', true],
    ['/admin/editor/editor.js', true],
    ['/admin/login/', true],
    ['/admin/login.css.map', true],
    ['/admin/login', false],
    ['/admin/login.css', false],
    ['/v1/batch', false],
    ['/v1/configs/aster-chair', false],
    ['/health', false],
    ['/administrator', false],
    ['/apis', false],
    ['/', false],
  ])('%s needs the admin: %s', (path, guarded) => {
    expect(isGuardedPath(path)).toBe(guarded);
  });
});
