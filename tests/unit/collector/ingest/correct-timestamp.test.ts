import { describe, expect, it } from 'vitest';
import { correctTimestamp } from '../../../../packages/collector/src/ingest/correct-timestamp.js';

const receivedAt = Date.parse('2024-05-01T12:00:10.000Z');

describe('correctTimestamp', () => {
  it.each<[string, string | undefined | null, string | undefined | null, string]>([
    // name, sentAt, timestamp, expected
    ['keeps the gap measured on the client clock', '2024-05-01T12:00:05.000Z', '2024-05-01T12:00:00.000Z', '2024-05-01T12:00:05.000Z'],
    ['corrects a client clock an hour fast', '2024-05-01T13:00:10.000Z', '2024-05-01T13:00:08.000Z', '2024-05-01T12:00:08.000Z'],
    ['corrects a client clock a day slow', '2024-04-30T12:00:10.000Z', '2024-04-30T11:59:10.000Z', '2024-05-01T11:59:10.000Z'],
    ['reads time zone offsets', '2024-05-01T14:00:05.000+02:00', '2024-05-01T14:00:00.000+02:00', '2024-05-01T12:00:05.000Z'],
    ['takes the timestamp as it is without sentAt', undefined, '2024-05-01T11:00:00.000Z', '2024-05-01T11:00:00.000Z'],
    ['takes the time of arrival without a timestamp', '2024-05-01T12:00:05.000Z', undefined, '2024-05-01T12:00:10.000Z'],
    ['takes the time of arrival with neither', undefined, undefined, '2024-05-01T12:00:10.000Z'],
    ['treats null as absent', null, null, '2024-05-01T12:00:10.000Z'],
    ['treats an unparseable sentAt as absent', 'yesterday', '2024-05-01T11:00:00.000Z', '2024-05-01T11:00:00.000Z'],
  ])('%s', (_name, sentAt, timestamp, expected) => {
    expect(new Date(correctTimestamp(receivedAt, sentAt, timestamp)).toISOString()).toBe(expected);
  });
});
