import { isCommerceEvent } from '@vitrine/contracts';
import { COMMERCE_LIMITS as L } from './commerce-limits.js';
import { isPlainObject } from './is-plain-object.js';
import type { Problem } from './problem.js';

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;
type Check = (value: unknown) => string | undefined;

const text: Check = (value) => (typeof value === 'string' && value.length >= 1 && value.length <= L.maxText ? undefined : `must be a string of 1 to ${L.maxText} characters`);
const amount: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= L.maxAmount ? undefined : `must be a number from 0 to ${L.maxAmount}`;
const quantity: Check = (value) => (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= L.maxQuantity ? undefined : `must be a whole number from 1 to ${L.maxQuantity}`);
const currency: Check = (value) => (typeof value === 'string' && L.currencyPattern.test(value) ? undefined : 'must be an ISO 4217 code in capitals, such as EUR');

const PRODUCT: Record<string, Check> = { product_id: text, sku: text, variant: text, price: amount, quantity };
const ORDER: Record<string, Check> = { revenue: amount, currency, coupon: text };

/**
 * Checks the properties of Segment's e-commerce events that Vitrine stores (`Product Added`,
 * `Order Completed`), so a wrong revenue is refused with its JSON path instead of counted as 0;
 * other events pass. `at` names a field as validateMessage does (`batch[2].properties.revenue`).
 * Fields the spec allows and Vitrine does not read are left unchecked.
 */
export function validateCommerce(event: unknown, properties: unknown, at: (field: string) => string): Problem | undefined {
  if (typeof event !== 'string' || !isCommerceEvent(event)) return undefined;
  const problem = (field: string, error: string): Problem => ({ error: `${at(field)} ${error} (${event})`, path: at(field) });
  const props = isPlainObject(properties) ? properties : {};
  const fields = (checks: Record<string, Check>, object: Record<string, unknown>, prefix: string): Problem | undefined => {
    for (const [name, check] of Object.entries(checks)) {
      const error = isGiven(object[name]) ? check(object[name]) : undefined;
      if (error) return problem(`${prefix}.${name}`, error);
    }
    return undefined;
  };
  if (event === 'Product Added') return fields(PRODUCT, props, 'properties');
  if (!isGiven(props['order_id'])) return problem('properties.order_id', 'is required');
  const bad = fields({ order_id: text, ...ORDER }, props, 'properties');
  if (bad) return bad;
  const { products } = props;
  if (!isGiven(products)) return undefined;
  if (!Array.isArray(products)) return problem('properties.products', 'must be an array');
  if (products.length > L.maxProducts) return problem('properties.products', `has ${products.length} items; at most ${L.maxProducts} are allowed`);
  for (const [i, product] of products.entries()) {
    if (!isPlainObject(product)) return problem(`properties.products[${i}]`, 'must be a JSON object');
    const wrong = fields(PRODUCT, product, `properties.products[${i}]`);
    if (wrong) return wrong;
  }
  return undefined;
}
