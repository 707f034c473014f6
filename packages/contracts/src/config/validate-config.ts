import { checkConfig } from './check-config.js';
import type { ConfigProblem } from './config-problem.js';
import type { ShowroomConfig } from './showroom-config.js';
import { themeContrast } from './theme-contrast.js';

export interface ConfigValidation {
  /** A deep copy of the input, present only when there are no errors. */
  config?: ShowroomConfig;
  /** What must be fixed, in document order, at most 50. */
  errors: ConfigProblem[];
  /** What should be looked at (theme contrast below WCAG AA); never blocks the config. */
  warnings: ConfigProblem[];
}

/**
 * Checks an untrusted config (parsed JSON) against showroom.schema.json, then the cross-references
 * the schema cannot express, then the theme's contrast. Never throws: anything that is not plain
 * JSON data is a problem reported like any other.
 */
export function validateConfig(input: unknown): ConfigValidation {
  const { config, errors } = checkConfig(input);
  return config ? { config, errors, warnings: themeContrast(config.theme) } : { errors, warnings: [] };
}
