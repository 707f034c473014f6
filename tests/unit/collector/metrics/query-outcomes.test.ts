import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import type { MetricsQuery } from '../../../../packages/contracts/src/index.js';
import { at, showroomRow } from '../rollups/showroom-row.js';
import { SUBJECTS } from '../store/conformance/store-subjects.js';
import { shopRow } from './shop-row.js';

const DAY = 24 * 60;
const context = { now: at(DAY), experimentDesign: () => undefined };
const query: MetricsQuery = { from: '2024-05-01', to: '2024-05-01', tz: 'UTC' };

/** A showroom visit that chose `variant` in 3D and spent time in sense (and think with a quiz result). */
const touch = (visitor: string, minute: number, { showroom = 'chair', variant = '', label = '', quiz = '', userId = null as string | null, context: ctx = null as string | null } = {}): EventRow[] => [
  { ...showroomRow('Showroom Loaded', at(minute), { visitor, showroom, userId }), context: ctx },
  showroomRow('Showroom Viewed', at(minute), { visitor, showroom, userId }),
  ...(variant ? [showroomRow('Variant Selected', at(minute + 1), { visitor, showroom, userId, variant, label, method: 'tap' })] : []),
  showroomRow('Engaged Time', at(minute + 2), { visitor, showroom, userId, ms: 2_000 }),
  ...(quiz ? [showroomRow('Quiz Completed', at(minute + 2), { visitor, showroom, userId, module: 'think', result_id: quiz }), showroomRow('Engaged Time', at(minute + 2), { visitor, showroom, userId, module: 'think', ms: 1_000 })] : []),
];
const order = (minute: number, ids: { visitor?: string; userId?: string; messageId?: string }, order_id: string, revenue: number, currency: string, variants: string[] = []): EventRow =>
  shopRow('Order Completed', at(minute), { ...ids, order_id, revenue, currency, products: variants.map((variant) => ({ product_id: 'chair', variant, price: revenue, quantity: 1 })) });

/**
 * A chose Moss, took the quiz, added to cart and ordered o-1 in Moss (the page sent it, then the
 * shop's server again by userId); B chose Sand and ordered o-2 in Moss; C only looked; D came by
 * email to the lamp and paid in USD; user 99 ordered with no visit; OLD's touch is 40 days old.
 */
const fixture = (): EventRow[] => [
  ...touch('A', 0, { variant: 'moss', label: 'Moss', quiz: 'cosy', userId: '42' }),
  shopRow('Product Added', at(5), { visitor: 'A', userId: '42', product_id: 'chair', variant: 'Moss', price: 120, quantity: 1 }),
  order(10, { visitor: 'A', userId: '42', messageId: 'page-o-1' }, 'o-1', 120, 'EUR', ['Moss']),
  order(12, { userId: '42', messageId: 'server-o-1' }, 'o-1', 999, 'EUR', ['Moss']),
  ...touch('B', 20, { variant: 'sand', label: 'Sand' }),
  order(25, { visitor: 'B' }, 'o-2', 80, 'EUR', ['Moss']),
  ...touch('C', 30),
  ...touch('D', 40, { showroom: 'lamp', context: JSON.stringify({ page: { url: 'https://shop.example/?utm_source=newsletter&utm_medium=email' } }) }),
  order(45, { visitor: 'D' }, 'o-5', 30, 'USD'),
  order(50, { userId: '99' }, 'o-3', 50, 'EUR'),
  ...touch('OLD', -40 * DAY),
  order(55, { visitor: 'OLD' }, 'o-4', 70, 'EUR'),
];

describe.each(SUBJECTS)('outcomes of GET /api/metrics on $name', (subject) => {
  it('counts each order once, credits it to the last showroom touch in 30 days, and splits revenue by currency', async () => {
    const store = await subject.open();
    try {
      await store.insertMany(fixture());
      const { outcomes, indicators } = await store.metrics(query, context);
      // The orders make no visit: the visitors are A, B, C and D.
      expect(indicators.visitors).toBe(4);
      expect(outcomes).toMatchObject({
        visitors: 4,
        cartVisitors: 1,
        orderVisitors: 3,
        addToCartRate: 0.25,
        orderConversion: 0.75,
        orders: 3,
        currency: 'EUR',
        revenue: 200,
        revenuePerVisitor: 50,
        averageOrderValue: 100,
        currencies: [{ currency: 'EUR', orders: 2, revenue: 200 }, { currency: 'USD', orders: 1, revenue: 30 }],
        uncredited: [{ currency: 'EUR', orders: 2, revenue: 120 }],
        channels: [{ channel: 'Direct', orders: 2, revenue: 200 }, { channel: 'Email', orders: 1, revenue: 0 }],
      });
      expect(outcomes.variantMatch).toEqual({
        orders: 2,
        matched: 1,
        share: 0.5,
        variants: [
          { variant: 'moss', label: 'Moss', orders: 1, matched: 1, share: 1 },
          { variant: 'sand', label: 'Sand', orders: 1, matched: 0, share: 0 },
        ],
      });
      const think = outcomes.modules.find((row) => row.module === 'think')!;
      expect(think.used).toMatchObject({ visits: 1, cartVisits: 1, orderVisits: 1, orders: 1, revenue: 120, orderConversion: 1 });
      expect(think.notUsed).toMatchObject({ visits: 3, cartVisits: 0, orderVisits: 2, orders: 2, revenue: 80 });
    } finally {
      await store.close();
    }
  });

  it('narrows to the showroom and the channel asked for', async () => {
    const store = await subject.open();
    try {
      await store.insertMany(fixture());
      const chair = (await store.metrics({ ...query, showroom: 'chair' }, context)).outcomes;
      expect(chair).toMatchObject({ visitors: 3, orders: 2, orderVisitors: 2, revenue: 200, currencies: [{ currency: 'EUR', orders: 2, revenue: 200 }] });
      const email = (await store.metrics({ ...query, channel: 'Email' }, context)).outcomes;
      expect(email).toMatchObject({ visitors: 1, orders: 1, currency: 'USD', revenue: 30, orderConversion: 1 });
    } finally {
      await store.close();
    }
  });

  it('credits an order that arrived before its visit once the visit arrives, as a rebuild does', async () => {
    const store = await subject.open();
    try {
      await store.insertMany([order(30, { userId: '7' }, 'o-early', 60, 'EUR', ['Moss'])]);
      expect((await store.metrics(query, context)).outcomes).toMatchObject({ orders: 0, uncredited: [{ currency: 'EUR', orders: 1, revenue: 60 }] });
      // The page's events, sent later, carry the userId the shop's server used.
      await store.insertMany(touch('E', 0, { variant: 'moss', label: 'Moss', userId: '7' }));
      const credited = await store.metrics(query, context);
      expect(credited.outcomes).toMatchObject({ orders: 1, orderVisitors: 1, revenue: 60, uncredited: [], variantMatch: { orders: 1, matched: 1 } });
      await store.rebuildRollups();
      expect(await store.metrics(query, context)).toEqual(credited);
    } finally {
      await store.close();
    }
  });

  it.each([
    ['the later copy first', ['late', 'early']],
    ['the earlier copy first', ['early', 'late']],
  ])('keeps the earlier copy of an order when %s arrived', async (_, arrival) => {
    const store = await subject.open();
    try {
      const copies: Record<string, EventRow> = {
        // The page's copy, then the server's, by userId, a little later and with another total.
        early: order(10, { visitor: 'A', messageId: 'early' }, 'o-1', 120, 'EUR'),
        late: order(12, { userId: '42', messageId: 'late' }, 'o-1', 999, 'EUR'),
      };
      await store.insertMany(touch('A', 0, { userId: '42' }));
      for (const name of arrival) await store.insertMany([copies[name]!]);
      const figures = await store.metrics(query, context);
      expect(figures.outcomes).toMatchObject({ orders: 1, orderVisitors: 1, revenue: 120 });
      await store.rebuildRollups();
      expect(await store.metrics(query, context)).toEqual(figures);
    } finally {
      await store.close();
    }
  });

  it('takes the attribution window it is given', async () => {
    const store = await subject.open({ attributionWindowDays: 1 });
    try {
      await store.insertMany([...touch('A', -2 * DAY), order(0, { visitor: 'A' }, 'o-1', 10, 'EUR'), ...touch('B', -DAY + 60), order(0, { visitor: 'B' }, 'o-2', 20, 'EUR')]);
      expect((await store.metrics(query, context)).outcomes).toMatchObject({ orders: 1, revenue: 20, uncredited: [{ orders: 1, revenue: 10 }] });
    } finally {
      await store.close();
    }
  });

  it('forgets the orders of a deleted visitor', async () => {
    const store = await subject.open();
    try {
      await store.insertMany([...touch('B', 20), order(25, { visitor: 'B' }, 'o-2', 80, 'EUR')]);
      await store.deleteVisitor({ anonymousId: 'B' });
      expect((await store.metrics(query, context)).outcomes).toMatchObject({ orders: 0, uncredited: [] });
    } finally {
      await store.close();
    }
  });
});
