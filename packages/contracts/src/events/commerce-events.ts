/**
 * The e-commerce events of Segment's spec that Vitrine reads to close the loop from showroom to
 * sale (https://segment.com/docs/connections/spec/ecommerce/v2/). They are the shop's events, not
 * the showroom's: sent by the shop's page through the tracker or by its server to `/v1/batch`, so
 * they are kept out of EVENT_VOCABULARY and never count as a showroom interaction or a visit's module.
 */

/** A product as the spec describes it; every field is optional, but those given are checked at ingest. */
export interface CommerceProduct {
  product_id?: string;
  sku?: string;
  /** The colour/material: compared with the variant chosen in 3D (case-insensitive, id or label). */
  variant?: string;
  /** Unit price, in the order's currency. */
  price?: number;
  /** A whole number ≥ 1. Default 1. */
  quantity?: number;
}

export interface CommerceEvents {
  'Product Added': CommerceProduct;
  'Order Completed': {
    /** Required: an order sent twice (the page and the server) is counted once by it. */
    order_id: string;
    /** The order's total, in `currency`; default: the sum of its products' price × quantity. */
    revenue?: number;
    /** ISO 4217 (EUR); default USD, as Segment assumes. */
    currency?: string;
    coupon?: string;
    products?: CommerceProduct[];
  };
}

export type CommerceEventName = keyof CommerceEvents;

export const COMMERCE_EVENTS: readonly CommerceEventName[] = ['Product Added', 'Order Completed'];

/** Whether `name` is one of the e-commerce events Vitrine reads. */
export const isCommerceEvent = (name: string | null | undefined): name is CommerceEventName =>
  name === 'Product Added' || name === 'Order Completed';
