/** What `GET /api/metrics` needs besides the query and the rollups. */
export interface MetricsContext {
  /** The present, ms since the epoch: live visitors and the default range count back from it. */
  now: number;
  /** An experiment's arms as the published config sets them, in order, or undefined if no config says. */
  experimentArms(experimentId: string): readonly { id: string; weight: number }[] | undefined;
}
