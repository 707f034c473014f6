import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsContext } from '../../../../../packages/collector/src/metrics/metrics-context.js';
import type { MetricsQuery, MetricsResult } from '../../../../../packages/contracts/src/index.js';
import type { EventRow } from '../../../../../packages/collector/src/sql/event-row.js';
import type { EventStore } from '../../../../../packages/collector/src/store/event-store.js';
import { describePostgres } from '../../../support/test-postgres.js';
import { at, showroomRow } from '../../rollups/showroom-row.js';
import { postgres, sqlite, SUBJECTS } from './store-subjects.js';

/**
 * The same store code over SQLite and PostgreSQL must give the same answers: this suite feeds both
 * the same events and checks each against hand-computed figures, then the whole MetricsResults
 * against each other.
 */

const DAY = 24 * 60;
const arm = (id: string) => ({ experiments: { 'cta-wording': id } });

// Three visitors on 2024-05-01 (UTC), one of them back on 05-02 (see the figures below).
const EVENTS: EventRow[] = [
  // a: a full visit in the sense and act modules, exposed to arm "control".
  showroomRow('Showroom Loaded', at(0), { visitor: 'a', messageId: 'a1', ...arm('control') }),
  showroomRow('Showroom Viewed', at(1), { visitor: 'a', messageId: 'a2', ...arm('control') }),
  showroomRow('Experiment Viewed', at(1), { visitor: 'a', messageId: 'a3', experiment_id: 'cta-wording', arm_id: 'control', ...arm('control') }),
  showroomRow('Model Rotated', at(2), { visitor: 'a', messageId: 'a4', angle: 90, ...arm('control') }),
  showroomRow('Variant Selected', at(3), { visitor: 'a', messageId: 'a5', variant: 'moss', ...arm('control') }),
  showroomRow('Engaged Time', at(4), { visitor: 'a', messageId: 'a6', ms: 4_000, ...arm('control') }),
  showroomRow('CTA Clicked', at(5), { visitor: 'a', messageId: 'a7', module: 'act', ...arm('control') }),
  // a again the next day (a second visit): the quiz.
  showroomRow('Showroom Loaded', at(DAY), { visitor: 'a', messageId: 'a8', ...arm('control') }),
  showroomRow('Showroom Viewed', at(DAY + 1), { visitor: 'a', messageId: 'a9', ...arm('control') }),
  showroomRow('Quiz Started', at(DAY + 2), { visitor: 'a', messageId: 'a10', module: 'think', ...arm('control') }),
  showroomRow('Engaged Time', at(DAY + 3), { visitor: 'a', messageId: 'a11', module: 'think', ms: 6_000, ...arm('control') }),
  // b: arm "bold", viewed 5 minutes after loading, one hotspot.
  showroomRow('Showroom Loaded', at(120), { visitor: 'b', messageId: 'b1', ...arm('bold') }),
  showroomRow('Experiment Viewed', at(125), { visitor: 'b', messageId: 'b2', experiment_id: 'cta-wording', arm_id: 'bold', ...arm('bold') }),
  showroomRow('Showroom Viewed', at(125), { visitor: 'b', messageId: 'b3', ...arm('bold') }),
  showroomRow('Hotspot Opened', at(126), { visitor: 'b', messageId: 'b4', ...arm('bold') }),
  showroomRow('Engaged Time', at(127), { visitor: 'b', messageId: 'b5', ms: 2_000, ...arm('bold') }),
  // c: loaded, never seen.
  showroomRow('Showroom Loaded', at(200), { visitor: 'c', messageId: 'c1', ...arm('bold') }),
];

const context: MetricsContext = { now: at(2 * DAY), experimentDesign: () => undefined };
const bothDays: MetricsQuery = { from: '2024-05-01', to: '2024-05-02', tz: 'UTC' };
const secondDay: MetricsQuery = { from: '2024-05-02', to: '2024-05-02', tz: 'UTC' };

/** Stores EVENTS in `store` as ingest would: in several groups, with a resend of some of them. */
async function feed(store: EventStore): Promise<number[]> {
  return [
    // One event twice in the same group: stored once.
    await store.insertMany([...EVENTS.slice(0, 9), EVENTS[3]!]),
    await store.insertMany(EVENTS.slice(5)),
    // Already stored: a client's resend, one event twice in it.
    await store.insertMany([EVENTS[10]!, EVENTS[0]!, EVENTS[10]!]),
  ];
}

describe.each(SUBJECTS)('the event store on $name', (subject) => {
  let store: EventStore;
  let added: number[];
  beforeAll(async () => {
    store = await subject.open();
    added = await feed(store);
  });
  afterAll(() => store.close());

  it('stores each messageId once, counting only rows actually added', async () => {
    expect(added).toEqual([9, 8, 0]);
    expect(await store.count()).toBe(EVENTS.length);
  });

  it('reads back the most recently received events first, with every column as stored', async () => {
    const recent = await store.recent(2);
    expect(recent).toEqual([EVENTS[10], EVENTS[9]]);
  });

  it("reads back one visitor's most recent events only, when asked for theirs", async () => {
    expect((await store.recent(2, 'b')).map((row) => row.messageId)).toEqual(['b5', 'b4']);
    expect(await store.recent(3, 'nobody')).toEqual([]);
  });

  it('computes the hand-checked indicators over both days', async () => {
    const { indicators } = await store.metrics(bothDays, context);
    expect(indicators).toMatchObject({
      visits: 4, // a twice, b, c
      visitors: 3,
      loads: 4,
      views: 3,
      onlineRate: 0.75,
      engagedMs: 12_000,
      visitTimeMs: 3_000,
      returningVisitors: 1, // a: the second visit is not a's first
      repeatBrowsingRate: 1 / 3,
      interactions: 5, // Model Rotated, Variant Selected, CTA Clicked, Quiz Started, Hotspot Opened
      engagedSessions: 3,
      ctaVisitors: 1,
    });
    expect(indicators.interactionFrequency).toBeCloseTo(5 / 3, 12);
    expect(indicators.conversionRate).toBeCloseTo(1 / 3, 12);
  });

  it('counts a visitor with an earlier visit as returning', async () => {
    const { indicators } = await store.metrics(secondDay, context);
    expect(indicators).toMatchObject({ visits: 1, visitors: 1, returningVisitors: 1, repeatBrowsingRate: 1, engagedMs: 6_000, interactions: 1 });
  });

  it('splits by experiment arm', async () => {
    const { experiments } = await store.metrics(bothDays, context);
    expect(experiments.map((e) => [e.experiment_id, e.arms.map((a) => [a.arm_id, a.exposures])])).toEqual([
      ['cta-wording', [['control', 1], ['bold', 1]]],
    ]);
  });
});

describePostgres('the event store on SQLite and on PostgreSQL', () => {
  const results: Record<string, MetricsResult[]> = {};
  beforeAll(async () => {
    for (const subject of [sqlite, postgres]) {
      const store = await subject.open();
      await feed(store);
      const queries: MetricsQuery[] = [bothDays, secondDay, { ...bothDays, module: 'sense' }, { ...bothDays, experiment: 'cta-wording', arm: 'bold' }, { ...bothDays, tz: 'America/New_York' }];
      const before = await Promise.all(queries.map((query) => store.metrics(query, context)));
      await store.deleteVisitor({ anonymousId: 'b' });
      const afterDelete = await store.metrics(bothDays, context);
      await store.deleteOlderThan(at(DAY - 60));
      const afterRetention = await store.metrics(bothDays, context);
      await store.rebuildRollups();
      const rebuilt = await store.metrics(bothDays, context);
      results[subject.name] = [...before, afterDelete, afterRetention, rebuilt];
      await store.close();
    }
  });

  it('give identical MetricsResults for every query, after a deletion, retention and a rebuild', () => {
    expect(results['PostgreSQL']).toEqual(results['SQLite']);
  });

  it('both lose the deleted visitor and the events past retention', () => {
    expect(results['PostgreSQL']).toHaveLength(8);
    const [, , , , , afterDelete, afterRetention, rebuilt] = results['PostgreSQL']!;
    expect(afterDelete!.indicators).toMatchObject({ visitors: 2, loads: 3, interactions: 4 });
    expect(afterRetention!.indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1, engagedMs: 6_000 });
    expect(rebuilt).toEqual(afterRetention);
  });
});
