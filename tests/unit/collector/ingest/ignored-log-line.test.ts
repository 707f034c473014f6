import { describe, expect, it } from 'vitest';
import { ignoredLogLine } from '../../../../packages/collector/src/ingest/ignored-log-line.js';

describe('ignoredLogLine', () => {
  it('names the path and reason of one value', () => {
    expect(ignoredLogLine([{ path: 'batch[0].properties.question', reason: 'quiz_position' }])).toBe(
      'ingest: 1 value out of bounds (stored as sent, not counted as sent): batch[0].properties.question (quiz_position)',
    );
  });

  it('lists five paths at most, then how many more', () => {
    const values = Array.from({ length: 2500 }, (_, n) => ({ path: `batch[${n}].properties.ms`, reason: 'engaged_ms' as const }));
    const line = ignoredLogLine(values);
    expect(line).toMatch(/^ingest: 2500 values out of bounds \(stored as sent, not counted as sent\): batch\[0\]\.properties\.ms \(engaged_ms\), .*batch\[4\].*, and 2495 more$/);
    expect(line.length).toBeLessThan(300);
  });
});
