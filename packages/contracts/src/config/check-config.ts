import { checkConfigQuietly } from './check-config-quietly.js';
import type { ConfigProblem } from './config-problem.js';
import { describeFault } from './describe-fault.js';
import type { ShowroomConfig } from './showroom-config.js';

/**
 * Checks an untrusted config (parsed JSON) against showroom.schema.json, then the cross-references
 * the schema cannot express: `validateConfig` without the contrast warnings, which the script-tag
 * build never shows and so does not ship. Never throws: anything that is not plain JSON data is a
 * problem reported like any other. Returns a copy of the config, without `__proto__` keys.
 */
export function checkConfig(input: unknown): { config?: ShowroomConfig; errors: ConfigProblem[] } {
  const { config, errors } = checkConfigQuietly(input);
  return config ? { config, errors: [] } : { errors: errors.map(describeFault) };
}
