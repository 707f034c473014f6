import type { CommerceEvent } from './commerce-event.js';
import { productOf } from './order-of.js';

/** A `Product Added` event as rollup_cart_adds keeps it. */
export interface CartFact {
  visitor: string;
  messageId: string;
  ts: number;
  productId: string;
  variant: string;
}

/** The cart add a `Product Added` event states, or undefined for another event. Pure. */
export function cartOf({ event, messageId, visitor, timestamp, properties }: CommerceEvent): CartFact | undefined {
  if (event !== 'Product Added') return undefined;
  const product = productOf(properties);
  return { visitor, messageId, ts: timestamp, productId: product.product_id ?? product.sku ?? '', variant: product.variant ?? '' };
}
