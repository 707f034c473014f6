import type { CommerceProduct } from '@vitrine/contracts';

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether an order bought the variant chosen in 3D: one of its products names the variant by the
 * widget's id or label, case and surrounding spaces ignored (a shop's "Moss" is the widget's `moss`).
 * Pure.
 */
export function variantMatch(products: readonly CommerceProduct[], variant: string, label = ''): boolean {
  if (variant === '') return false;
  return products.some((product) => same(product.variant, variant) || (label !== '' && same(product.variant, label)));
}
