/**
 * The contract of the collector's config API (`/api/configs`, admin only), what the editor calls:
 * each route's request body and answer. Times are ms since the epoch. A refused request is answered
 * with an ErrorAnswer.
 */
import type { ConfigProblem } from '../config/config-problem.js';
import type { ExperimentMetric } from '../config/showroom-config.js';
import type { ArmVerdict, GuardrailVerdict } from './metrics-types.js';

/** One config in `GET /api/configs`' list. */
export interface ConfigSummary {
  id: string;
  latest: number;
  /** The live version, or null when none is published. */
  published: number | null;
  updatedAt: number;
}

/** `GET /api/configs`. */
export interface ConfigListAnswer {
  configs: ConfigSummary[];
}

/** One saved version, without its text. */
export interface ConfigVersionInfo {
  version: number;
  createdAt: number;
  author: string;
  label: string;
  /** Whether the validator accepted it when it was saved. */
  valid: boolean;
}

/** `GET /api/configs/{id}`. */
export interface ConfigHistory extends ConfigSummary {
  /** Newest first. */
  versions: ConfigVersionInfo[];
}

/** `GET /api/configs/{id}/versions/{n}`. */
export interface ConfigVersionAnswer extends ConfigVersionInfo {
  id: string;
  /** The config as JSON text (2-space indented). */
  text: string;
}

/** `POST /api/configs/{id}/versions`: saves `config` as the next version. */
export interface SaveConfigRequest {
  /** The showroom config; its `id`, if any, must be the route's. */
  config: Record<string, unknown>;
  /** At most 200 characters. Default "". */
  label?: string;
}

/** `POST /api/configs/{id}/publish` and `/revert`: the version to publish, or to save again as the newest. */
export interface VersionRequest {
  version: number;
}

/** `POST /api/configs/{id}/versions` and `/revert` (201). */
export interface SaveConfigAnswer {
  id: string;
  version: number;
  /** The validator's errors: a version with errors is kept but cannot be published. */
  errors: ConfigProblem[];
  warnings: ConfigProblem[];
  publishable: boolean;
}

/** `POST /api/configs/{id}/publish`. */
export interface PublishConfigAnswer {
  id: string;
  published: number;
}

/**
 * The figures a decision to ship an arm was taken on, as the dashboard showed them (ExperimentReport):
 * recorded in the new version's label. Visitors are each arm's exposures; the rest is the arm against
 * `baseline` on the experiment's primary metric, and its guardrails' verdicts. A rate is in rate
 * units (0.07 = 7 %, a difference of 0.012 = +1.2 points); revenue per visitor is in `currency`.
 */
export interface ShipFigures {
  /** Arm id -> exposed visitors, for every arm of the experiment (at most 10). */
  visitors: Record<string, number>;
  baseline: string;
  /** The metric the experiment is decided on (ExperimentReport.primaryMetric). */
  metric: ExperimentMetric;
  /** The shipped arm's value of `metric` (its MetricSample's mean), null without visitors. */
  value: number | null;
  /** The baseline's. */
  baselineValue: number | null;
  /** value - baselineValue; null for the baseline itself or an arm without visitors. */
  difference: number | null;
  interval: [number, number] | null;
  /** An ArmVerdict; the baseline's own row has none: 'baseline'. */
  verdict: ArmVerdict | 'baseline';
  /** ISO 4217, required when `metric` is 'revenue-per-visitor' (ExperimentReport.currency). */
  currency?: string;
  /** The verdict of each guardrail on the shipped arm, in the report's order (at most 4); none for the baseline. */
  guardrails: { metric: ExperimentMetric; verdict: GuardrailVerdict }[];
}

/**
 * `POST /api/configs/{id}/ship`: makes one arm of an experiment of the published config permanent.
 * With `dryRun`, only says what would be saved; otherwise saves it as a new version and publishes it.
 */
export interface ShipArmRequest {
  experiment: string;
  arm: string;
  /** The published version the decision was made on: another one published since answers 409. Required unless `dryRun`. */
  expectedVersion?: number;
  /** Required unless `dryRun`. */
  figures?: ShipFigures;
  dryRun?: boolean;
}

/** `POST /api/configs/{id}/ship` (200 for a dry run, 201 once saved and published). */
export interface ShipArmAnswer {
  id: string;
  /** The published version the arm's patch was merged into. */
  base: number;
  /** The new version: saved and published, or (dry run) the number it would get if saved now. */
  version: number;
  published: boolean;
  experiment: string;
  arm: string;
  /** The arm's patch (JSON Merge Patch), absent for an arm without one (the control). */
  patch?: Record<string, unknown>;
  /** The new version's config as JSON text (2-space indented). */
  text: string;
  /** Experiments the new version still runs. */
  experimentsLeft: number;
  /** The version's label: the decision and its figures. */
  label: string;
}
