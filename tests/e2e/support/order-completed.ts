/**
 * A server-side `Order Completed` of one 50 EUR product for `visitor`, as a shop's order webhook
 * posts it to /v1/batch (the order id is the visitor's, so each visitor orders once).
 */
export function orderCompleted(visitor: string, timestamp: string, productId: string) {
  return {
    type: 'track',
    event: 'Order Completed',
    anonymousId: visitor,
    messageId: `order-${visitor}`,
    timestamp,
    properties: { order_id: `order-${visitor}`, revenue: 50, currency: 'EUR', products: [{ product_id: productId, price: 50, quantity: 1 }] },
  };
}
