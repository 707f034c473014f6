import { describe, expect, it } from 'vitest';
import { validateCommerce } from '../../../../packages/collector/src/ingest/validate-commerce.js';
import { validateMessage } from '../../../../packages/collector/src/ingest/validate-message.js';

const at = (field: string): string => `batch[0].${field}`;

describe('validateCommerce', () => {
  it.each([
    ['Order Completed', {}, 'batch[0].properties.order_id is required (Order Completed)'],
    ['Order Completed', { order_id: '' }, 'batch[0].properties.order_id must be a string of 1 to 200 characters (Order Completed)'],
    ['Order Completed', { order_id: 7 }, 'batch[0].properties.order_id must be a string of 1 to 200 characters (Order Completed)'],
    ['Order Completed', { order_id: 'o1', revenue: '12.50' }, 'batch[0].properties.revenue must be a number from 0 to 1000000000000 (Order Completed)'],
    ['Order Completed', { order_id: 'o1', revenue: -1 }, 'batch[0].properties.revenue must be a number from 0 to 1000000000000 (Order Completed)'],
    ['Order Completed', { order_id: 'o1', currency: 'eur' }, 'batch[0].properties.currency must be an ISO 4217 code in capitals, such as EUR (Order Completed)'],
    ['Order Completed', { order_id: 'o1', coupon: 3 }, 'batch[0].properties.coupon must be a string of 1 to 200 characters (Order Completed)'],
    ['Order Completed', { order_id: 'o1', products: {} }, 'batch[0].properties.products must be an array (Order Completed)'],
    ['Order Completed', { order_id: 'o1', products: [{}, 'x'] }, 'batch[0].properties.products[1] must be a JSON object (Order Completed)'],
    ['Order Completed', { order_id: 'o1', products: [{ price: 10, quantity: 0 }] }, 'batch[0].properties.products[0].quantity must be a whole number from 1 to 100000 (Order Completed)'],
    ['Order Completed', { order_id: 'o1', products: Array.from({ length: 501 }, () => ({})) }, 'batch[0].properties.products has 501 items; at most 500 are allowed (Order Completed)'],
    ['Product Added', { price: Infinity }, 'batch[0].properties.price must be a number from 0 to 1000000000000 (Product Added)'],
    ['Product Added', { quantity: 1.5 }, 'batch[0].properties.quantity must be a whole number from 1 to 100000 (Product Added)'],
    ['Product Added', { variant: ['moss'] }, 'batch[0].properties.variant must be a string of 1 to 200 characters (Product Added)'],
  ])('refuses %s with %j, naming the path', (event, properties, error) => {
    expect(validateCommerce(event, properties, at)?.error).toBe(error);
  });

  it.each([
    ['Order Completed', { order_id: 'o1' }],
    ['Order Completed', { order_id: 'o1', revenue: 0, currency: 'EUR', coupon: 'SPRING', products: [{ product_id: 'chair', sku: 'CH-1', variant: 'Moss', price: 120, quantity: 2 }] }],
    ['Order Completed', { order_id: 'o1', revenue: null, products: null, extra: { any: 'thing' } }],
    ['Product Added', {}],
    ['Product Added', { product_id: 'chair', variant: 'Moss', price: 120, quantity: 1 }],
    ['Page Viewed', { revenue: 'not ours to check' }],
  ])('accepts %s with %j', (event, properties) => {
    expect(validateCommerce(event, properties, at)).toBeUndefined();
  });

  it('is what validateMessage answers for a track message, with its path', () => {
    const message = { messageId: 'm1', type: 'track', event: 'Order Completed', anonymousId: 'a', properties: { order_id: 'o1', revenue: 'lots' } };
    expect(validateMessage(message, 'batch[3]')).toEqual({
      error: 'batch[3].properties.revenue must be a number from 0 to 1000000000000 (Order Completed)',
      path: 'batch[3].properties.revenue',
    });
    expect(validateMessage({ ...message, properties: {} }, '')?.path).toBe('properties.order_id');
  });
});
