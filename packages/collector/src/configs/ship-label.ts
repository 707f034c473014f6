import type { ExperimentMetric, ShipFigures } from '@vitrine/contracts';

const NAMES: Readonly<Record<ExperimentMetric, string>> = {
  cta: 'CTA conversion',
  'add-to-cart': 'add-to-cart rate',
  order: 'order conversion',
  'revenue-per-visitor': 'revenue per visitor',
};
const PERCENT = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const POINTS = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });
const COUNT = new Intl.NumberFormat('en');

/**
 * The history label of a shipped arm: the decision and the figures it was taken on, in the
 * dashboard's words: the primary metric's value in the arm and in the baseline (a rate in %,
 * revenue in its currency), the difference (rates in percentage points) with its always-valid 95 %
 * interval and verdict, each guardrail's verdict, and the visitors per arm, so the version list says
 * why the config changed.
 */
export function shipLabel(experiment: string, arm: string, figures: ShipFigures): string {
  // The parser requires a currency for revenue; XXX is ISO 4217's "no currency".
  const { metric, currency = 'XXX' } = figures;
  const money = (signed: boolean) => new Intl.NumberFormat('en', { style: 'currency', currency, signDisplay: signed ? 'exceptZero' : 'auto' });
  const value = (x: number | null): string => (x === null ? '—' : metric === 'revenue-per-visitor' ? money(false).format(x) : PERCENT.format(x));
  const change = (x: number): string => (metric === 'revenue-per-visitor' ? money(true).format(x) : `${POINTS.format(x * 100)} pp`);
  const visitors = `visitors ${Object.entries(figures.visitors)
    .map(([id, n]) => `${id} ${COUNT.format(n)}`)
    .join(', ')}`;
  if (figures.verdict === 'baseline') return `Shipped arm ${arm} (the baseline) of experiment ${experiment}, ending it: ${NAMES[metric]} ${value(figures.baselineValue)}; ${visitors}`;
  const difference = figures.difference === null ? 'not compared yet' : change(figures.difference);
  const interval = figures.interval ? `, 95 % interval ${change(figures.interval[0])} to ${change(figures.interval[1])}` : '';
  const guardrails = figures.guardrails.map((g) => `${NAMES[g.metric]} ${g.verdict}`).join(', ');
  return `Shipped arm ${arm} of experiment ${experiment}: ${NAMES[metric]} ${value(figures.value)} against ${value(figures.baselineValue)} for ${figures.baseline}, ${difference}${interval}, verdict ${figures.verdict}${guardrails && `; guardrails ${guardrails}`}; ${visitors}`;
}
