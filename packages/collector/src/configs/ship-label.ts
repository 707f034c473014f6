import type { ShipFigures } from '@vitrine/contracts';

const POINTS = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });
const COUNT = new Intl.NumberFormat('en');
const points = (rate: number): string => `${POINTS.format(rate * 100)} pp`;

/**
 * The history label of a shipped arm: the decision and the figures it was taken on, in the
 * dashboard's words (CTA conversion against the baseline, in percentage points, with its
 * always-valid 95 % interval and verdict), so the version list says why the config changed.
 */
export function shipLabel(experiment: string, arm: string, figures: ShipFigures): string {
  const visitors = `visitors ${Object.entries(figures.visitors)
    .map(([id, n]) => `${id} ${COUNT.format(n)}`)
    .join(', ')}`;
  if (figures.verdict === 'baseline') return `Shipped arm ${arm} (the baseline) of experiment ${experiment}, ending it; ${visitors}`;
  const difference = figures.difference === null ? 'not compared yet' : `${points(figures.difference)} against ${figures.baseline}`;
  const interval = figures.interval ? `, 95 % interval ${points(figures.interval[0])} to ${points(figures.interval[1])}` : '';
  return `Shipped arm ${arm} of experiment ${experiment}: CTA conversion ${difference}${interval}, verdict ${figures.verdict}; ${visitors}`;
}
