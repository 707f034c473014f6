const PERCENT = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** A rate (0..1) as a percentage, "—" when the API has none (its denominator was 0): 0.1234 -> "12.3%". */
export function formatPercent(rate: number | null): string {
  return rate === null ? '—' : PERCENT.format(rate);
}
