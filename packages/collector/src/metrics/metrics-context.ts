import type { ExperimentDesign } from './experiment-design.js';

/** The ids the stored configs name: the only ones `GET /api/metrics` lists. */
export interface KnownIds {
  /** Config ids, which the widget reports as showroom_id. */
  showrooms: ReadonlySet<string>;
  /** Experiment id -> its arm ids, from every saved version of every config. */
  experiments: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What `GET /api/metrics` needs besides the query and the rollups. */
export interface MetricsContext {
  /** The present, ms since the epoch: live visitors and the default range count back from it. */
  now: number;
  /** An experiment as the published config sets it up, or undefined if no config says. */
  experimentDesign(experimentId: string): ExperimentDesign | undefined;
  /**
   * Only these showrooms, experiments and arms are listed; others are counted in `unknown`, so
   * forged ids cannot flood the dashboard. Undefined lists every id (a store used without configs).
   */
  known?: KnownIds | undefined;
}
