/** An amount in its ISO 4217 currency, "—" when the API has none: (1234.5, 'EUR') -> "€1,234.50". */
export function formatMoney(amount: number | null, currency: string): string {
  return amount === null ? '—' : new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
}
