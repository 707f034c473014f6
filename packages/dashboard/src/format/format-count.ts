const COUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** A whole number with thousands separators: 12345 -> "12,345". */
export function formatCount(value: number): string {
  return COUNT.format(value);
}
