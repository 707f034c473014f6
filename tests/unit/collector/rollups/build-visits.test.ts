import { describe, expect, it } from 'vitest';
import { buildVisits } from '../../../../packages/collector/src/rollups/build-visits.js';
import type { RollupEvent } from '../../../../packages/collector/src/rollups/rollup-event.js';

const MIN = 60_000;
let n = 0;
const ev = (event: string, minute: number, properties: Record<string, unknown> = {}): RollupEvent => ({
  messageId: `m${String(++n).padStart(4, '0')}`,
  visitor: 'v',
  timestamp: minute * MIN,
  event,
  properties: { showroom_id: 'chair', module: 'sense', ...properties },
});

describe('buildVisits', () => {
  it('starts a new visit after more than 30 minutes without an event, not after exactly 30', () => {
    const visits = buildVisits([ev('Model Rotated', 0), ev('Model Rotated', 30), ev('Model Rotated', 60), { ...ev('Model Rotated', 90), timestamp: 90 * MIN + 1 }]);
    expect(visits.map((v) => [v.start, v.end])).toEqual([
      [0, 60 * MIN],
      [90 * MIN + 1, 90 * MIN + 1],
    ]);
  });

  it('gives the same visits whatever order the events come in', () => {
    const events = [ev('Showroom Loaded', 0), ev('Hotspot Opened', 20), ev('Engaged Time', 45, { ms: 800 }), ev('Showroom Loaded', 200)];
    expect(buildVisits([...events].reverse())).toEqual(buildVisits(events));
  });

  it('counts loads and views per showroom, interactions and engaged time per module', () => {
    const [visit] = buildVisits([
      ev('Showroom Loaded', 0),
      ev('Showroom Viewed', 0),
      ev('Model Loaded', 0),
      ev('Experiment Viewed', 0, { experiment_id: 'e', arm_id: 'a' }),
      ev('Hotspot Opened', 1),
      ev('Variant Selected', 1),
      ev('Engaged Time', 2, { ms: 1500 }),
      ev('Story Page Viewed', 3, { module: 'feel', page: 1 }),
      ev('Engaged Time', 4, { module: 'feel', ms: 700 }),
      ev('CTA Clicked', 5, { module: 'act', source: 'product' }),
      ev('Showroom Loaded', 6, { showroom_id: 'lamp' }),
    ]);
    expect([...visit!.showrooms.values()]).toEqual([
      { showroomId: 'chair', loads: 1, views: 1, end: 5 * MIN },
      { showroomId: 'lamp', loads: 1, views: 0, end: 6 * MIN },
    ]);
    expect(visit!.modules.get('chair\0sense')).toMatchObject({ engagedMs: 1500, interactions: 2, hotspots: 1, variants: 1 });
    expect(visit!.modules.get('chair\0feel')).toMatchObject({ engagedMs: 700, interactions: 1 });
    expect(visit!.modules.get('chair\0act')).toMatchObject({ interactions: 1, cta: 1 });
  });

  it('marks each funnel step once per visit, with one row per quiz answer chosen', () => {
    const [visit] = buildVisits([
      ev('Showroom Viewed', 0),
      ev('Quiz Started', 1, { module: 'think' }),
      ev('Quiz Answered', 2, { module: 'think', question: 1, question_id: 'room', answer_ids: ['nook'] }),
      ev('Quiz Answered', 3, { module: 'think', question: 2, question_id: 'style', answer_ids: ['cosy', 'bold'] }),
      ev('Quiz Started', 4, { module: 'think' }),
      ev('Quiz Completed', 5, { module: 'think', result_id: 'warm' }),
      ev('CTA Clicked', 6, { module: 'act', source: 'product' }),
      ev('CTA Clicked', 7, { module: 'act', source: 'quiz' }),
      ev('Story Page Viewed', 8, { module: 'feel', page: 1 }),
      ev('Story Page Viewed', 9, { module: 'feel', page: 2 }),
      ev('Story Completed', 10, { module: 'feel' }),
    ]);
    expect([...visit!.steps.values()].map((s) => [s.step, s.questionId, s.answerId])).toEqual([
      ['view', '', ''],
      ['start', '', ''],
      ['q1', 'room', 'nook'],
      ['q2', 'style', 'cosy'],
      ['q2', 'style', 'bold'],
      ['complete', '', ''],
      ['cta', '', ''],
      ['story:1', '', ''],
      ['story:2', '', ''],
      ['story:complete', '', ''],
    ]);
  });

  it('ignores malformed figures instead of counting them', () => {
    const [visit] = buildVisits([
      ev('Engaged Time', 0, { ms: -5 }),
      ev('Engaged Time', 0, { ms: 'lots' }),
      ev('Quiz Answered', 1, { module: 'think', question: 0 }),
      ev('Story Page Viewed', 2, { module: 'feel', page: 'one' }),
      ev('Hotspot Opened', 3, { module: 'touch' }),
    ]);
    expect(visit!.modules.get('chair\0sense')!.engagedMs).toBe(0);
    expect(visit!.steps.size).toBe(0);
    // An event naming no known module is kept under '' and is no module's interaction.
    expect(visit!.modules.get('chair\0')).toMatchObject({ interactions: 0, hotspots: 1 });
  });
});
