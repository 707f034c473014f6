/**
 * The contract of the collector's config API (`/api/configs`, admin only), what the editor calls:
 * each route's request body and answer. Times are ms since the epoch. A refused request is answered
 * with an ErrorAnswer.
 */
import type { ConfigProblem } from '../config/config-problem.js';

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
