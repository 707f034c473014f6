import { checkReferences } from './check-references.js';
import { checkSchema, MAX_PROBLEMS } from './check-schema.js';
import type { ConfigProblem } from './config-problem.js';
import { copyJson } from './copy-json.js';
import type { JsonSchema } from './json-schema.js';
import type { ShowroomConfig } from './showroom-config.js';
import schema from './showroom.schema.json' with { type: 'json' };
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
  try {
    const errors = checkSchema(input, schema as JsonSchema);
    if (errors.length > 0) return { errors, warnings: [] };
    const config = copyJson(input as ShowroomConfig);
    const references = checkReferences(config).slice(0, MAX_PROBLEMS);
    if (references.length > 0) return { errors: references, warnings: [] };
    return { config, errors: [], warnings: themeContrast(config.theme) };
  } catch {
    // Only a hostile object (a Proxy whose traps throw) gets here; JSON data never does.
    return { errors: [{ path: '', message: 'The config could not be read: it must be plain JSON data' }], warnings: [] };
  }
}
