import type { CommerceProduct } from '@vitrine/contracts';
import type { CommerceEvent } from './commerce-event.js';

/** An `Order Completed` event as rollup_orders keeps it. */
export interface OrderFact {
  orderId: string;
  messageId: string;
  visitor: string;
  ts: number;
  revenue: number;
  currency: string;
  coupon: string;
  products: CommerceProduct[];
}

/** Segment assumes US dollars when an event names no currency (its spec's common fields). */
export const DEFAULT_CURRENCY = 'USD';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const amount = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** The product fields Vitrine reads, those of the wrong type dropped (ingest refuses them; older rows may have them). */
export function productOf(value: unknown): CommerceProduct {
  const raw = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const product: CommerceProduct = {};
  for (const field of ['product_id', 'sku', 'variant'] as const) {
    const given = text(raw[field]);
    if (given !== undefined) product[field] = given;
  }
  const price = amount(raw['price']);
  if (price !== undefined) product.price = price;
  if (Number.isInteger(raw['quantity']) && (raw['quantity'] as number) >= 1) product.quantity = raw['quantity'] as number;
  return product;
}

/**
 * The order an `Order Completed` event states, or undefined for another event or one without an
 * order_id (it cannot be deduplicated, so it is not counted). Revenue is the event's, else the sum
 * of its products' price × quantity (quantity 1 unless given), else 0. Pure.
 */
export function orderOf({ event, messageId, visitor, timestamp, properties }: CommerceEvent): OrderFact | undefined {
  const orderId = text(properties['order_id']);
  if (event !== 'Order Completed' || orderId === undefined) return undefined;
  const products = Array.isArray(properties['products']) ? properties['products'].map(productOf) : [];
  const summed = products.reduce((sum, product) => sum + (product.price ?? 0) * (product.quantity ?? 1), 0);
  const currency = text(properties['currency']);
  return {
    orderId,
    messageId,
    visitor,
    ts: timestamp,
    revenue: amount(properties['revenue']) ?? summed,
    currency: currency !== undefined && /^[A-Z]{3}$/.test(currency) ? currency : DEFAULT_CURRENCY,
    coupon: text(properties['coupon']) ?? '',
    products,
  };
}

/** Whether `a` wins over `b` for the same order_id: the earlier event, then the smaller messageId (any arrival order gives the same winner). */
export const isFirstOrder = (a: Pick<OrderFact, 'ts' | 'messageId'>, b: Pick<OrderFact, 'ts' | 'messageId'>): boolean =>
  a.ts < b.ts || (a.ts === b.ts && a.messageId < b.messageId);
