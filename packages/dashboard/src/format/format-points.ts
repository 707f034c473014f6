const POINTS = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });

/**
 * A difference of two rates in percentage points, signed, "—" when the API has none:
 * 0.0234 -> "+2.3 pp". A difference of rates is not a percentage of either, hence "pp".
 */
export function formatPoints(difference: number | null): string {
  return difference === null ? '—' : `${POINTS.format(difference * 100)} pp`;
}
