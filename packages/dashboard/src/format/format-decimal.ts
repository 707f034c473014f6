const DECIMAL = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A ratio that is not a share (interactions per session), one decimal, "—" when the API has none. */
export function formatDecimal(value: number | null): string {
  return value === null ? '—' : DECIMAL.format(value);
}
