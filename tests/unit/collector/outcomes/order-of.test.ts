import { describe, expect, it } from 'vitest';
import { isFirstOrder, orderOf } from '../../../../packages/collector/src/outcomes/order-of.js';
import type { RollupEvent } from '../../../../packages/collector/src/rollups/rollup-event.js';

const event = (properties: Record<string, unknown>, name = 'Order Completed'): RollupEvent => ({ messageId: 'm1', visitor: 'v', timestamp: 1000, event: name, properties, context: null });

describe('orderOf', () => {
  it.each([
    ['the revenue given', { order_id: 'o', revenue: 99.5, products: [{ price: 10 }] }, 99.5],
    ['the products price × quantity without one', { order_id: 'o', products: [{ price: 10, quantity: 3 }, { price: 2.5 }] }, 32.5],
    ['0 without revenue or priced products', { order_id: 'o', products: [{ variant: 'Moss' }] }, 0],
  ])('takes %s as revenue', (_, properties, revenue) => {
    expect(orderOf(event(properties))?.revenue).toBe(revenue);
  });

  it.each([
    [{ order_id: 'o', currency: 'EUR' }, 'EUR'],
    [{ order_id: 'o' }, 'USD'],
    [{ order_id: 'o', currency: 'euro' }, 'USD'],
  ])('keeps the currency of %j as %s (US dollars unless an ISO code is named, as Segment assumes)', (properties, currency) => {
    expect(orderOf(event(properties))?.currency).toBe(currency);
  });

  it('counts no order without an order_id, and no other event', () => {
    expect(orderOf(event({ revenue: 10 }))).toBeUndefined();
    expect(orderOf(event({ order_id: 'o' }, 'Product Added'))).toBeUndefined();
  });

  it('keeps only the product fields of the right type', () => {
    expect(orderOf(event({ order_id: 'o', coupon: 'SPRING', products: [{ product_id: 'p', variant: 'Moss', price: '9', quantity: 0, name: 'Chair' }] }))).toMatchObject({
      coupon: 'SPRING',
      products: [{ product_id: 'p', variant: 'Moss' }],
    });
  });
});

describe('isFirstOrder', () => {
  it.each([
    [{ ts: 1, messageId: 'z' }, { ts: 2, messageId: 'a' }, true],
    [{ ts: 2, messageId: 'a' }, { ts: 1, messageId: 'z' }, false],
    [{ ts: 1, messageId: 'a' }, { ts: 1, messageId: 'b' }, true],
    [{ ts: 1, messageId: 'b' }, { ts: 1, messageId: 'a' }, false],
  ])('says %j wins over %j: %s (the earlier event, then the smaller messageId)', (a, b, wins) => {
    expect(isFirstOrder(a, b)).toBe(wins);
  });
});
