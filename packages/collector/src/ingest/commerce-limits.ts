/** The bounds of the e-commerce properties ingest accepts (validateCommerce): what a real shop sends. */
export const COMMERCE_LIMITS = {
  /** order_id, product_id, sku, variant, coupon: characters. */
  maxText: 200,
  /** An order's products. */
  maxProducts: 500,
  /** price and revenue, in the order's currency. */
  maxAmount: 1e12,
  maxQuantity: 100_000,
  /** ISO 4217: three capital letters. */
  currencyPattern: /^[A-Z]{3}$/,
} as const;
