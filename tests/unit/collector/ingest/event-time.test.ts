import { describe, expect, it } from 'vitest';
import { eventTime, FUTURE_ALLOWANCE_MS } from '../../../../packages/collector/src/ingest/event-time.js';

const receivedAt = Date.parse('2024-05-01T12:00:00.000Z');

describe('eventTime', () => {
  it.each<[string, string | null, string | null, string, boolean]>([
    // [case, sentAt, timestamp, stored as, flagged future]
    ['keeps a past timestamp', null, '2024-05-01T11:00:00.000Z', '2024-05-01T11:00:00.000Z', false],
    ['keeps a timestamp 10 minutes ahead (the allowance)', null, '2024-05-01T12:10:00.000Z', '2024-05-01T12:10:00.000Z', false],
    ['clamps a timestamp 10 minutes and 1 ms ahead', null, '2024-05-01T12:10:00.001Z', '2024-05-01T12:00:00.000Z', true],
    ['clamps year 9999 to the receive time', null, '9999-12-31T23:59:59.000Z', '2024-05-01T12:00:00.000Z', true],
    ['keeps a client clock years ahead once skew-corrected by sentAt', '9999-01-01T00:00:05.000Z', '9999-01-01T00:00:00.000Z', '2024-05-01T11:59:55.000Z', false],
    ['clamps when sentAt is older than a future timestamp by more than the allowance', '2024-05-01T12:00:00.000Z', '2024-05-02T12:00:00.000Z', '2024-05-01T12:00:00.000Z', true],
  ])('%s', (_case, sentAt, timestamp, stored, future) => {
    expect(eventTime(receivedAt, sentAt, timestamp)).toEqual({ timestamp: Date.parse(stored), future });
  });

  it('allows 10 minutes', () => {
    expect(FUTURE_ALLOWANCE_MS).toBe(600_000);
  });
});
