import type { ExperimentMetric } from '@vitrine/contracts';
import { formatMoney } from './format-money.js';
import { formatPercent } from './format-percent.js';
import { formatPoints } from './format-points.js';

/**
 * An experiment metric's value, or (`change`) a difference of two, "—" when the API has none: a
 * rate as a percentage and its difference in percentage points, revenue per visitor as money,
 * signed when it is a difference. ('order', 0.05) -> "5%"; ('revenue-per-visitor', 1.5, 'EUR', true) -> "+€1.50".
 */
export function formatMetric(metric: ExperimentMetric, value: number | null, currency: string, change = false): string {
  if (metric === 'revenue-per-visitor') return formatMoney(value, currency, change);
  return change ? formatPoints(value) : formatPercent(value);
}
