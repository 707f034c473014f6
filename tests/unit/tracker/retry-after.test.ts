import { describe, expect, it } from 'vitest';
import { retryAfter } from '../../../packages/tracker/src/retry-after.js';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('retryAfter', () => {
  it.each([
    ['1', 1_000],
    [' 120 ', 120_000],
    ['0', 0],
    ['Mon, 23 Nov 2026 10:00:30 GMT', 30_000],
    ['Mon, 23 Nov 2026 09:59:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %j ms', (header, ms) => {
    expect(retryAfter(header, now)).toBe(ms);
  });
});
