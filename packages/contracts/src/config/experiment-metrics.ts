import type { ExperimentMetric } from './showroom-config.js';

// A record, not a list, so that a metric added to the config's type fails to compile until listed here.
const METRICS: Record<ExperimentMetric, true> = { cta: true, 'add-to-cart': true, order: true, 'revenue-per-visitor': true };

/**
 * Every metric an experiment can be decided on or guarded by, in the order the report lists the
 * others: what the collector checks a config's design and a ship request's figures against.
 */
export const EXPERIMENT_METRICS = /* @__PURE__ */ Object.keys(METRICS) as ExperimentMetric[];
