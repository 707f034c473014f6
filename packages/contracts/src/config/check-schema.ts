import type { ConfigProblem } from './config-problem.js';
import { describeFault } from './describe-fault.js';
import type { JsonSchema } from './json-schema.js';
import { schemaFaults } from './schema-faults.js';

/** schemaFaults in words: every problem, up to MAX_PROBLEMS, a sentence that starts with its path. */
export function checkSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema): ConfigProblem[] {
  return schemaFaults(value, schema, root).map(describeFault);
}
