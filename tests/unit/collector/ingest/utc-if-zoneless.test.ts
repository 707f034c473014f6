import { describe, expect, it } from 'vitest';
import { utcIfZoneless } from '../../../../packages/collector/src/ingest/utc-if-zoneless.js';

describe('utcIfZoneless', () => {
  it.each<[unknown, unknown]>([
    ['2024-05-01T12:00:00', '2024-05-01T12:00:00Z'],
    ['2024-05-01T12:00:00.123456', '2024-05-01T12:00:00.123456Z'],
    ['2024-05-01T12:00', '2024-05-01T12:00Z'],
    ['2024-05-01T12:00:00Z', '2024-05-01T12:00:00Z'],
    ['2024-05-01T12:00:00+02:00', '2024-05-01T12:00:00+02:00'],
    ['2024-05-01', '2024-05-01'],
    ['now', 'now'],
    [1714564800000, 1714564800000],
    [null, null],
  ])('reads %j as %j', (value, expected) => {
    expect(utcIfZoneless(value)).toBe(expected);
  });
});
