import { describe, expect, it } from 'vitest';
import { currencyTotals, outcomeFigures, outcomeSummary, type CreditedCart, type CreditedOrder, type VisitCounts } from '../../../../packages/collector/src/metrics/outcome-figures.js';

const order = (visitor: string, revenue: number, more: Partial<CreditedOrder> = {}): CreditedOrder => ({
  visitor,
  start: 0,
  revenue,
  currency: 'EUR',
  products: [],
  channel: 'Direct',
  modules: ['sense'],
  variant: '',
  variantLabel: '',
  arms: {},
  ...more,
});
const cart = (visitor: string, more: Partial<CreditedCart> = {}): CreditedCart => ({ visitor, start: 0, channel: 'Direct', modules: [], arms: {}, ...more });
const counts: VisitCounts = { visits: 10, visitors: 8, moduleVisits: { sense: 4, feel: 0, think: 2, act: 0, relate: 0 } };

describe('outcomeFigures', () => {
  it('rates distinct credited visitors against the visitors, and revenue in the currency of most orders', () => {
    const figures = outcomeFigures([order('a', 100), order('a', 50, { start: 5 }), order('b', 30, { currency: 'USD' })], [cart('a'), cart('c')], counts, []);
    expect(figures).toMatchObject({
      visitors: 8,
      cartVisitors: 2,
      orderVisitors: 2,
      addToCartRate: 0.25,
      orderConversion: 0.25,
      orders: 3,
      currency: 'EUR',
      revenue: 150,
      revenuePerVisitor: 150 / 8,
      averageOrderValue: 75,
    });
  });

  it('gives no rate without visitors and no average without orders (null, not 0), in US dollars when there is no order', () => {
    expect(outcomeFigures([], [], { visits: 0, visitors: 0, moduleVisits: { sense: 0, feel: 0, think: 0, act: 0, relate: 0 } }, [])).toMatchObject({
      addToCartRate: null,
      orderConversion: null,
      revenuePerVisitor: null,
      averageOrderValue: null,
      currency: 'USD',
      revenue: 0,
      variantMatch: { orders: 0, matched: 0, share: null, variants: [] },
    });
  });

  it('splits visits by module use, so the two groups add up to the visits and the orders', () => {
    const figures = outcomeFigures([order('a', 100), order('b', 40, { modules: ['think'] }), order('c', 10, { modules: [] })], [], counts, []);
    const sense = figures.modules.find((row) => row.module === 'sense')!;
    expect(sense.used).toMatchObject({ visits: 4, orderVisits: 1, orders: 1, revenue: 100, orderConversion: 0.25, revenuePerVisit: 25 });
    expect(sense.notUsed).toMatchObject({ visits: 6, orderVisits: 2, orders: 2, revenue: 50, orderConversion: 2 / 6 });
  });

  it('matches each chosen variant with what was bought, most chosen first', () => {
    const figures = outcomeFigures(
      [
        order('a', 1, { variant: 'moss', variantLabel: 'Moss', products: [{ variant: 'Moss' }] }),
        order('b', 1, { variant: 'moss', variantLabel: 'Moss', products: [{ variant: 'Rust' }] }),
        order('c', 1, { variant: 'oat', variantLabel: 'Oat', products: [{ variant: 'oat' }] }),
        order('d', 1),
      ],
      [],
      counts,
      [],
    );
    expect(figures.variantMatch).toEqual({
      orders: 3,
      matched: 2,
      share: 2 / 3,
      variants: [
        { variant: 'moss', label: 'Moss', orders: 2, matched: 1, share: 0.5 },
        { variant: 'oat', label: 'Oat', orders: 1, matched: 1, share: 1 },
      ],
    });
  });

  it('counts orders per channel, revenue in the main currency only', () => {
    const figures = outcomeFigures([order('a', 100, { channel: 'Email' }), order('b', 5, { channel: 'Email', currency: 'USD' }), order('c', 20)], [], counts, []);
    expect(figures.channels).toEqual([{ channel: 'Email', orders: 2, revenue: 100 }, { channel: 'Direct', orders: 1, revenue: 20 }]);
  });
});

describe('outcomeSummary', () => {
  it('gives the headline figures outcomeFigures gives for the same orders, carts and visitors', () => {
    const [orders, carts] = [[order('a', 100), order('b', 30, { currency: 'USD' }), order('b', 20)], [cart('a'), cart('d')]];
    const { visitors, cartVisitors, orderVisitors, addToCartRate, orderConversion, orders: count, currency, revenue, revenuePerVisitor, averageOrderValue } = outcomeFigures(orders, carts, counts, []);
    expect(outcomeSummary(orders, carts, counts.visitors)).toEqual({ visitors, cartVisitors, orderVisitors, addToCartRate, orderConversion, orders: count, currency, revenue, revenuePerVisitor, averageOrderValue });
    expect(outcomeSummary(orders, carts, counts.visitors)).toMatchObject({ cartVisitors: 2, orderVisitors: 2, orders: 3, currency: 'EUR', revenue: 120, averageOrderValue: 60 });
  });
});

describe('currencyTotals', () => {
  it('sums each currency apart, most orders first, ties alphabetical', () => {
    expect(currencyTotals([{ currency: 'USD', revenue: 1 }, { currency: 'EUR', revenue: 2 }, { currency: 'GBP', revenue: 3 }, { currency: 'GBP', revenue: 4 }])).toEqual([
      { currency: 'GBP', orders: 2, revenue: 7 },
      { currency: 'EUR', orders: 1, revenue: 2 },
      { currency: 'USD', orders: 1, revenue: 1 },
    ]);
  });
});
