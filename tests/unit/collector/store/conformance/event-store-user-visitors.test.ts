import { describe, expect, it } from 'vitest';
import type { MetricsContext } from '../../../../../packages/collector/src/metrics/metrics-context.js';
import type { MetricsQuery } from '../../../../../packages/contracts/src/index.js';
import type { EventRow } from '../../../../../packages/collector/src/sql/event-row.js';
import { at, showroomRow } from '../../rollups/showroom-row.js';
import { SUBJECTS } from './store-subjects.js';

/**
 * A server-side client (analytics-node) may send a userId and no anonymousId: such a visitor is
 * counted under `user:` + userId, in every figure, exactly as a visitor with an anonymousId is.
 */

const query: MetricsQuery = { from: '2024-05-01', to: '2024-05-01', tz: 'UTC' };
const context: MetricsContext = { now: at(600), experimentDesign: () => undefined };

/** One visitor's visit with an arm, a view, interactions and engaged time, as `ids` names them. */
const visit = (prefix: string, ids: { visitor: string | null; userId: string | null }, start = 0): EventRow[] => [
  showroomRow('Showroom Loaded', at(start), { ...ids, messageId: `${prefix}1` }),
  showroomRow('Showroom Viewed', at(start + 1), { ...ids, messageId: `${prefix}2` }),
  showroomRow('Experiment Viewed', at(start + 1), { ...ids, messageId: `${prefix}3`, experiment_id: 'cta-wording', arm_id: 'control' }),
  showroomRow('Model Rotated', at(start + 2), { ...ids, messageId: `${prefix}4`, angle: 90 }),
  showroomRow('CTA Clicked', at(start + 3), { ...ids, messageId: `${prefix}5`, module: 'act' }),
  showroomRow('Engaged Time', at(start + 4), { ...ids, messageId: `${prefix}6`, ms: 3_000 }),
];

describe.each(SUBJECTS)('the event store on $name, for visitors known by userId only', (subject) => {
  it('counts them in every figure, as it counts a visitor with an anonymousId', async () => {
    const [byUser, byAnonymous] = [await subject.open(), await subject.open()];
    try {
      await byUser.insertMany(visit('u', { visitor: null, userId: '42' }));
      await byAnonymous.insertMany(visit('u', { visitor: 'a-1', userId: null }));
      const figures = await byUser.metrics(query, context);
      expect(figures.indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1, views: 1, engagedMs: 3_000 });
      expect(figures).toEqual(await byAnonymous.metrics(query, context));
      await byUser.rebuildRollups();
      expect(await byUser.metrics(query, context)).toEqual(figures);
    } finally {
      await byUser.close();
      await byAnonymous.close();
    }
  });

  it('forgets them on a deletion by userId, and keeps a visitor who has an anonymousId apart', async () => {
    const store = await subject.open();
    try {
      await store.insertMany([...visit('u', { visitor: null, userId: '42' }), ...visit('a', { visitor: 'a-1', userId: '7' }, 60)]);
      expect((await store.metrics(query, context)).indicators).toMatchObject({ visits: 2, visitors: 2 });
      expect(await store.deleteVisitor({ userId: '42' })).toBe(6);
      expect((await store.metrics(query, context)).indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1 });
    } finally {
      await store.close();
    }
  });

  it('gives the same figures incrementally and after a rebuild when an anonymousId is literally user:42', async () => {
    const store = await subject.open();
    try {
      await store.insertMany(visit('a', { visitor: 'user:42', userId: null }));
      await store.insertMany(visit('u', { visitor: null, userId: '42' }, 10));
      await store.insertMany(visit('b', { visitor: null, userId: '43' }, 200));
      const figures = await store.metrics(query, context);
      expect(figures.indicators).toMatchObject({ visits: 2, visitors: 2 });
      await store.rebuildRollups();
      expect(await store.metrics(query, context)).toEqual(figures);
    } finally {
      await store.close();
    }
  });
});
