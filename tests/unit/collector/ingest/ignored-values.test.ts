import { describe, expect, it } from 'vitest';
import type { IngestRequest } from '../../../../packages/collector/src/ingest/check-ingest-body.js';
import { ignoredValues } from '../../../../packages/collector/src/ingest/ignored-values.js';
import type { AcceptedMessage } from '../../../../packages/contracts/src/index.js';

const receivedAt = Date.parse('2024-05-01T12:00:00.000Z');
const track = (event: string, properties: Record<string, unknown>, extra: Partial<AcceptedMessage> = {}): AcceptedMessage => ({
  messageId: `m-${event}`,
  type: 'track',
  event,
  anonymousId: 'v',
  timestamp: '2024-05-01T11:59:00.000Z',
  properties,
  ...extra,
});
const request = (...messages: AcceptedMessage[]): IngestRequest => ({ messages: messages.map((message) => ({ message, json: JSON.stringify(message) })) });

describe('ignoredValues', () => {
  it('names each value the rollups leave out by its path in the batch, with the reason', () => {
    const found = ignoredValues(
      request(
        track('Showroom Viewed', { showroom_id: 'chair' }),
        track('Quiz Answered', { question: 100_000 }),
        track('Engaged Time', { ms: 1e308, showroom_id: 'x'.repeat(100) }),
        track('Showroom Viewed', {}, { timestamp: '9999-01-01T00:00:00.000Z' }),
      ),
      receivedAt,
      false,
    );
    expect(found).toEqual([
      { path: 'batch[1].properties.question', reason: 'quiz_position' },
      { path: 'batch[2].properties.showroom_id', reason: 'ids' },
      { path: 'batch[2].properties.ms', reason: 'engaged_ms' },
      { path: 'batch[3].timestamp', reason: 'future_timestamp' },
    ]);
  });

  it('names fields alone on a single-message route, and uses the batch sentAt for the skew', () => {
    expect(ignoredValues(request(track('Story Page Viewed', { page: 21 })), receivedAt, true)).toEqual([{ path: 'properties.page', reason: 'story_page' }]);
    const skewed = { ...request(track('Showroom Viewed', {}, { timestamp: '9999-01-01T00:00:00.000Z' })), sentAt: '9999-01-01T00:00:01.000Z' };
    expect(ignoredValues(skewed, receivedAt, false)).toEqual([]);
  });
});
