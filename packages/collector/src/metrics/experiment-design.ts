import type { ExperimentMetric, HoldoutArm } from '@vitrine/contracts';

/** An experiment as its published config sets it up: what the report needs to compare its arms. */
export interface ExperimentDesign {
  /** Its arms in order, with their weights and, for a hold-out arm, what its visitors see instead. */
  arms: readonly { id: string; weight: number; holdout?: HoldoutArm['holdout'] }[];
  primaryMetric: ExperimentMetric;
  guardrails: readonly ExperimentMetric[];
}
