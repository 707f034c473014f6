import { checkReferences } from './check-references.js';
import { checkSchema, MAX_PROBLEMS } from './check-schema.js';
import type { ConfigProblem } from './config-problem.js';
import { copyJson } from './copy-json.js';
import { DEFAULT_STRINGS } from './default-strings.js';
import type { JsonSchema } from './json-schema.js';
import type { ShowroomConfig } from './showroom-config.js';
import published from './showroom.schema.json' with { type: 'json' };

/**
 * The published schema with the strings' list rebuilt from DEFAULT_STRINGS (the same list: a test
 * keeps them in step), so that the script-tag build can leave the list out of its copy.
 */
const withStrings = (schema: JsonSchema): JsonSchema => ({
  ...schema,
  $defs: {
    ...schema.$defs,
    strings: {
      ...schema.$defs?.['strings'],
      properties: Object.fromEntries(Object.keys(DEFAULT_STRINGS).map((key) => [key, { type: 'string', maxLength: 500 }])),
    },
  },
});
// Pure: a bundle that never checks a config (the dashboard) drops it, DEFAULT_STRINGS with it.
const schema = /* @__PURE__ */ withStrings(published as JsonSchema);

/**
 * Checks an untrusted config (parsed JSON) against showroom.schema.json, then the cross-references
 * the schema cannot express: `validateConfig` without the contrast warnings, which the script-tag
 * build never shows and so does not ship. Never throws: anything that is not plain JSON data is a
 * problem reported like any other.
 */
export function checkConfig(input: unknown): { config?: ShowroomConfig; errors: ConfigProblem[] } {
  try {
    const errors = checkSchema(input, schema);
    if (errors.length > 0) return { errors };
    const config = copyJson(input as ShowroomConfig);
    const references = checkReferences(config).slice(0, MAX_PROBLEMS);
    return references.length > 0 ? { errors: references } : { config, errors: [] };
  } catch {
    // Only a hostile object (a Proxy whose traps throw) gets here; JSON data never does.
    return { errors: [{ path: '', message: 'The config could not be read: it must be plain JSON data' }] };
  }
}
