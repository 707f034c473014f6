import type { ConfigFault } from './config-fault.js';
import { copyJson } from './copy-json.js';
import { DEFAULT_STRINGS } from './default-strings.js';
import type { JsonSchema } from './json-schema.js';
import { referenceFaults } from './reference-faults.js';
import { MAX_PROBLEMS, schemaFaults } from './schema-faults.js';
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
 * checkConfig with its problems as codes, which describeFault words: what the script-tag build
 * runs on every config, so that the words are fetched only for an invalid one. The config it
 * returns is a copy without `__proto__` keys, as checkConfig's.
 */
export function checkConfigQuietly(input: unknown): { config?: ShowroomConfig; errors: ConfigFault[] } {
  try {
    const errors = schemaFaults(input, schema);
    if (errors.length > 0) return { errors };
    const config = copyJson(input as ShowroomConfig);
    const references = referenceFaults(config).slice(0, MAX_PROBLEMS);
    return references.length > 0 ? { errors: references } : { config, errors: [] };
  } catch {
    // Only a hostile object (a Proxy whose traps throw) gets here; JSON data never does.
    return { errors: [{ path: '', code: 'unreadable', args: [] }] };
  }
}
