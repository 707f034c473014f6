import { describe, expect, it } from 'vitest';
import { visitorKey } from '../../../../packages/collector/src/rollups/visitor-key.js';

describe('visitorKey', () => {
  it.each<[string | null, string | null, string | null]>([
    // anonymousId, userId, key
    ['a-1', null, 'a-1'],
    ['a-1', 'u-1', 'a-1'],
    [null, 'u-1', 'user:u-1'],
    [null, '42', 'user:42'],
    [null, null, null],
  ])('keys anonymousId %j with userId %j as %j', (anonymousId, userId, key) => {
    expect(visitorKey(anonymousId, userId)).toBe(key);
  });
});
