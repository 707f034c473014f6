/** `price` in `currency` (ISO 4217) as `locale` writes it; a plain number without a currency or for one Intl refuses. */
export function formatPrice(price: number, currency: string | undefined, locale: string | undefined): string {
  try {
    return new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : {}).format(price);
  } catch {
    return String(price);
  }
}
