import { describe, expect, it } from 'vitest';
import { createIngestHealth } from '../../../../packages/collector/src/ingest/ingest-health.js';

describe('createIngestHealth', () => {
  it('starts every reason at 0 and counts each value recorded under its reason', () => {
    const health = createIngestHealth();
    health.record([
      { path: 'batch[0].properties.ms', reason: 'engaged_ms' },
      { path: 'batch[1].properties.ms', reason: 'engaged_ms' },
      { path: 'batch[1].timestamp', reason: 'future_timestamp' },
    ]);
    expect(health.figures()).toEqual({
      ignored: { quiz_position: 0, story_page: 0, quiz_answers: 0, engaged_ms: 2, experiments: 0, ids: 0, future_timestamp: 1 },
    });
  });

  it('answers a copy, so a reader cannot change the counters', () => {
    const health = createIngestHealth();
    health.figures().ignored.ids = 99;
    expect(health.figures().ignored.ids).toBe(0);
  });
});
