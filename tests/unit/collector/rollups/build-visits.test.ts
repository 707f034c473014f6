import { describe, expect, it } from 'vitest';
import { buildVisits } from '../../../../packages/collector/src/rollups/build-visits.js';
import { stepsReached } from '../../../../packages/collector/src/rollups/fact-columns.js';
import type { RollupEvent } from '../../../../packages/collector/src/rollups/rollup-event.js';

const MIN = 60_000;
let n = 0;
const ev = (event: string, minute: number, properties: Record<string, unknown> = {}): RollupEvent => ({
  messageId: `m${String(++n).padStart(4, '0')}`,
  visitor: 'v',
  timestamp: minute * MIN,
  event,
  properties: { showroom_id: 'chair', module: 'sense', ...properties },
  context: null,
});

describe('buildVisits', () => {
  it('starts a new visit after more than 30 minutes without an event, not after exactly 30', () => {
    const visits = buildVisits([ev('Model Rotated', 0), ev('Model Rotated', 30), ev('Model Rotated', 60), { ...ev('Model Rotated', 90), timestamp: 90 * MIN + 1 }]);
    expect(visits.map((v) => [v.start, v.end])).toEqual([
      [0, 60 * MIN],
      [90 * MIN + 1, 90 * MIN + 1],
    ]);
  });

  it('makes no visit of an order (the shop server sends it after the shopper left), and counts no cart event as an interaction', () => {
    expect(buildVisits([ev('Order Completed', 0, { order_id: 'o-1' })])).toEqual([]);
    const [visit] = buildVisits([ev('Model Rotated', 0), ev('Product Added', 1, { module: 'act' }), ev('Order Completed', 90, { order_id: 'o-1', module: 'act' })]);
    expect([visit!.start, visit!.end, visit!.parts.get('*')!.facts.interactions, visit!.parts.get('*')!.facts.interactions_act]).toEqual([0, MIN, 1, 0]);
  });

  it('gives the same visits whatever order the events come in', () => {
    const events = [ev('Showroom Loaded', 0), ev('Hotspot Opened', 20), ev('Engaged Time', 45, { ms: 800 }), ev('Showroom Loaded', 200)];
    expect(buildVisits([...events].reverse())).toEqual(buildVisits(events));
  });

  it('sums loads, views, interactions and engaged time per showroom and for the whole visit', () => {
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
    expect([...visit!.parts.keys()]).toEqual(['chair', '*', 'lamp']);
    expect(visit!.parts.get('chair')).toMatchObject({
      end: 5 * MIN,
      facts: { loads: 1, views: 1, interactions: 4, interactions_sense: 2, interactions_feel: 1, interactions_act: 1, engaged_ms: 2200, engaged_ms_sense: 1500, engaged_ms_feel: 700, hotspots: 1, variants: 1, cta: 1, story_page: 1 },
    });
    expect(visit!.parts.get('*')).toMatchObject({ end: 6 * MIN, facts: { loads: 2, views: 1, interactions: 4 } });
    expect(visit!.parts.get('lamp')!.facts).toMatchObject({ loads: 1, interactions: 0 });
  });

  it('keeps the quiz and story progress, every answer chosen and every arm the events carried', () => {
    const [visit] = buildVisits([
      ev('Showroom Viewed', 0, { experiments: { cta: 'b' } }),
      ev('Quiz Started', 1, { module: 'think' }),
      ev('Quiz Answered', 2, { module: 'think', question: 1, question_id: 'room', answer_ids: ['nook'] }),
      ev('Quiz Answered', 3, { module: 'think', question: 2, question_id: 'style', answer_ids: ['cosy', 'bold'] }),
      ev('Quiz Completed', 5, { module: 'think', result_id: 'warm' }),
      ev('CTA Clicked', 6, { module: 'act', source: 'product' }),
      ev('CTA Clicked', 7, { module: 'act', source: 'quiz' }),
      ev('Story Page Viewed', 8, { module: 'feel', page: 2 }),
      ev('Story Completed', 10, { module: 'feel' }),
    ]);
    expect(stepsReached(visit!.parts.get('chair')!.facts)).toEqual(['view', 'start', 'q1', 'q2', 'complete', 'cta', 'story:1', 'story:2', 'story:complete']);
    expect([...visit!.answers].map((answer) => answer.split('\0'))).toEqual([
      ['chair', '1', 'room', 'nook'],
      ['*', '1', 'room', 'nook'],
      ['chair', '2', 'style', 'cosy'],
      ['chair', '2', 'style', 'bold'],
      ['*', '2', 'style', 'cosy'],
      ['*', '2', 'style', 'bold'],
    ]);
    expect([...visit!.arms]).toEqual(['cta\0b']);
  });

  it('ignores malformed figures instead of counting them', () => {
    const [visit] = buildVisits([
      ev('Engaged Time', 0, { ms: -5 }),
      ev('Engaged Time', 0, { ms: 'lots' }),
      ev('Quiz Answered', 1, { module: 'think', question: 0, answer_ids: ['a'] }),
      ev('Story Page Viewed', 2, { module: 'feel', page: 'one' }),
      ev('Hotspot Opened', 3, { module: 'touch' }),
    ]);
    const { facts } = visit!.parts.get('chair')!;
    expect(facts).toMatchObject({ engaged_ms: 0, quiz_answered: 0, story_page: 0, hotspots: 1 });
    // An event naming no known module is no module's interaction.
    expect(facts.interactions).toBe(2);
    expect(visit!.answers.size).toBe(0);
  });

  it('leaves out positions, pages and engaged time past ROLLUP_BOUNDS, whatever else the event counts', () => {
    const [visit] = buildVisits([
      ev('Quiz Answered', 0, { module: 'think', question: 100_000, question_id: 'q', answer_ids: ['a'] }),
      ev('Quiz Answered', 1, { module: 'think', question: 3, question_id: 'q', answer_ids: ['a'] }),
      ev('Story Page Viewed', 2, { module: 'feel', page: 100_000 }),
      ev('Engaged Time', 3, { ms: 9_223_372_036_854_774_000 }),
      ev('Engaged Time', 4, { ms: 1e308 }),
      ev('Engaged Time', 5, { ms: 1500 }),
    ]);
    const { facts } = visit!.parts.get('chair')!;
    expect(facts).toMatchObject({ quiz_answered: 3, story_page: 0, engaged_ms: 1500, engaged_ms_sense: 1500, interactions: 3 });
    expect(stepsReached(facts)).toEqual(['q1', 'q2', 'q3']);
    expect([...visit!.answers].map((answer) => answer.split('\0')[1])).toEqual(['3', '3']);
  });

  it('stops a visit’s engaged time at 24 h, per showroom, per module and in all, in any order', () => {
    const sixHours = (minute: number, module = 'sense') => ev('Engaged Time', minute, { ms: 6 * 3_600_000, module });
    const events = [sixHours(0), sixHours(1), sixHours(2), sixHours(3, 'feel'), sixHours(4), sixHours(5)];
    const [visit] = buildVisits(events);
    expect(visit!.parts.get('chair')!.facts).toMatchObject({ engaged_ms: 86_400_000, engaged_ms_sense: 86_400_000, engaged_ms_feel: 21_600_000 });
    expect(buildVisits([...events].reverse())).toEqual([visit]);
  });

  it('counts an event named after an Object method as nothing', () => {
    const [visit] = buildVisits([ev('constructor', 0), ev('toString', 1)]);
    expect(Object.keys(visit!.parts.get('chair')!.facts)).not.toContain('function Object() { [native code] }');
    expect(visit!.parts.get('chair')!.facts).toMatchObject({ loads: 0, interactions: 2 });
  });

  it('counts an event under no showroom when its showroom id is not an id', () => {
    const [visit] = buildVisits([ev('Showroom Loaded', 0, { showroom_id: 'x'.repeat(65) }), ev('Showroom Loaded', 0, { showroom_id: '<b>' })]);
    expect([...visit!.parts.keys()]).toEqual(['', '*']);
    expect(visit!.parts.get('*')!.facts.loads).toBe(2);
  });
});
