import type { ExperimentMetric } from '@vitrine/contracts';

/** The experiment metrics in the words the rest of the dashboard uses for them. */
export const EXPERIMENT_METRIC_LABELS: Readonly<Record<ExperimentMetric, string>> = {
  cta: 'CTA conversion',
  'add-to-cart': 'Add-to-cart rate',
  order: 'Order conversion',
  'revenue-per-visitor': 'Revenue per visitor',
};
