import { describe, expect, it } from 'vitest';
import { redact, REDACTED } from '../../../packages/tracker/src/redact.js';

const R = REDACTED;

describe('redact', () => {
  it.each([
    ['jane.doe+shop@example.co.uk', R],
    ['write to jane@example.com today', `write to ${R} today`],
    ['+44 20 7946 0958', R],
    ['call (415) 555-2671 now', `call ${R} now`],
    ['415.555.2671', R],
    ['06 12 34 56 78', R],
    ['+33612345678', R],
    ['4155552671', R],
    // Not personal data: kept.
    ['2026-11-23', '2026-11-23'],
    ['2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z'],
    ['SKU-1234', 'SKU-1234'],
    ['12345678', '12345678'],
    ['price 1299.00 EUR', 'price 1299.00 EUR'],
    ['@vitrine', '@vitrine'],
    ['a@b', 'a@b'],
  ])('turns %j into %j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('redacts at any depth, leaving keys, numbers and booleans', () => {
    const input = { email: 'a@example.com', n: 4155552671, ok: true, list: ['x', { phone: '+1 415 555 2671' }] };
    expect(redact(input)).toEqual({ email: R, n: 4155552671, ok: true, list: ['x', { phone: R }] });
  });

  it('returns the same object when nothing needed redacting, and never changes its input', () => {
    const clean = { a: 'hello', b: [1, 'two'] };
    expect(redact(clean)).toBe(clean);
    const dirty = { a: 'a@example.com' };
    redact(dirty);
    expect(dirty.a).toBe('a@example.com');
  });
});
