/** An amount in its ISO 4217 currency, "—" when the API has none, signed if `signed`: (1234.5, 'EUR') -> "€1,234.50", (2, 'EUR', true) -> "+€2.00". */
export function formatMoney(amount: number | null, currency: string, signed = false): string {
  return amount === null ? '—' : new Intl.NumberFormat('en', { style: 'currency', currency, signDisplay: signed ? 'exceptZero' : 'auto' }).format(amount);
}
