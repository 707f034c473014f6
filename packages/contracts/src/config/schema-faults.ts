import type { ConfigFault, FaultArgs } from './config-fault.js';
import { formatPath } from './format-path.js';
import { isAllowedUrl } from './is-allowed-url.js';
import { isPlainObject } from './is-plain-object.js';
import type { JsonSchema } from './json-schema.js';

/** Reporting stops here: a marketer fixes the first fifty and runs it again. */
export const MAX_PROBLEMS = 50;
/** Deeper documents are refused: the schema needs 8 levels, a patch a few more. */
export const MAX_DEPTH = 32;

interface Walk {
  root: JsonSchema;
  faults: ConfigFault[];
}

/**
 * Checks a JSON value against a schema by walking both (no code generation: a strict CSP forbids
 * it) and returns every fault found, up to MAX_PROBLEMS, in document order, as codes (checkSchema
 * words them). Reads only own data properties, so getters never run and `__proto__` or
 * `constructor` keys are just unknown fields.
 */
export function schemaFaults(value: unknown, schema: JsonSchema, root: JsonSchema = schema): ConfigFault[] {
  const walk: Walk = { root, faults: [] };
  visit(walk, value, schema, '', 0);
  return walk.faults;
}

function visit(walk: Walk, value: unknown, schema: JsonSchema, path: string, depth: number): void {
  if (walk.faults.length >= MAX_PROBLEMS) return;
  if (depth > MAX_DEPTH) return report(walk, path, 'deep');
  if (schema.$ref !== undefined) {
    const target = resolve(walk.root, schema.$ref);
    if (target) visit(walk, value, target, path, depth);
    return;
  }
  if (schema.oneOf) return visitOneOf(walk, value, schema, path, depth);
  if (schema.const !== undefined && value !== schema.const) return report(walk, path, 'value', [schema.const]);
  if (schema.enum && !schema.enum.some((option) => option === value)) return report(walk, path, 'value', schema.enum);
  if (schema.type !== undefined && !hasType(value, schema.type)) return report(walk, path, 'type', schema.type);
  if (typeof value === 'string') checkString(walk, value, schema, path);
  else if (typeof value === 'number' && Number.isFinite(value)) checkNumber(walk, value, schema, path);
  else if (Array.isArray(value)) checkArray(walk, value, schema, path, depth);
  else if (isPlainObject(value)) checkObject(walk, value, schema, path, depth);
  else if (value !== null && typeof value !== 'boolean') report(walk, path, 'json');
}

function checkString(walk: Walk, value: string, schema: JsonSchema, path: string): void {
  const length = value.length > 100_000 ? value.length : [...value].length;
  const { minLength = 0, maxLength = Infinity } = schema;
  if (length < minLength) report(walk, path, 'minLength', minLength);
  if (length > maxLength) report(walk, path, 'maxLength', maxLength, length);
  if (schema.format === 'url' && !isAllowedUrl(value)) return report(walk, path, 'url', schema.errorMessage);
  if (schema.pattern !== undefined && !compile(schema.pattern).test(value)) report(walk, path, 'pattern', schema.pattern, schema.errorMessage);
}

function checkNumber(walk: Walk, value: number, schema: JsonSchema, path: string): void {
  const { minimum = -Infinity, exclusiveMinimum = -Infinity, maximum = Infinity } = schema;
  if (value < minimum) report(walk, path, 'minimum', minimum);
  if (value <= exclusiveMinimum) report(walk, path, 'exclusiveMinimum', exclusiveMinimum);
  if (value > maximum) report(walk, path, 'maximum', maximum);
}

function checkArray(walk: Walk, value: readonly unknown[], schema: JsonSchema, path: string, depth: number): void {
  const { minItems = 0, maxItems = Infinity } = schema;
  if (value.length < minItems) report(walk, path, 'minItems', minItems);
  if (value.length > maxItems) report(walk, path, 'maxItems', maxItems, value.length);
  const items: unknown[] = [];
  for (let index = 0; index < value.length; index++) {
    const item = ownValue(walk, value, index, formatPath(path, index));
    items.push(item);
    // Untyped content (a patch) is still walked: it must be JSON, and no deeper than MAX_DEPTH.
    if (item !== undefined) visit(walk, item, schema.items ?? {}, formatPath(path, index), depth + 1);
  }
  if (schema.uniqueBy !== undefined) checkUnique(walk, items, schema.uniqueBy, path);
}

function checkUnique(walk: Walk, items: readonly unknown[], key: string, path: string): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    if (!isPlainObject(item) || !Object.hasOwn(item, key) || typeof item[key] !== 'string') return;
    const id = item[key];
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else report(walk, formatPath(formatPath(path, index), key), 'unique', id, formatPath(path, first));
  });
}

function checkObject(walk: Walk, value: Record<string, unknown>, schema: JsonSchema, path: string, depth: number): void {
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) report(walk, formatPath(path, name), 'required');
  }
  const keys = Object.keys(value);
  const { minProperties = 0, maxProperties = Infinity } = schema;
  if (keys.length < minProperties) report(walk, path, 'minProperties', minProperties);
  if (keys.length > maxProperties) report(walk, path, 'maxProperties', maxProperties, keys.length);
  const known = schema.properties ?? {};
  for (const key of keys) {
    const childPath = formatPath(path, key);
    if (Object.hasOwn(known, key)) {
      const child = ownValue(walk, value, key, childPath);
      if (child !== undefined) visit(walk, child, known[key] as JsonSchema, childPath, depth + 1);
      continue;
    }
    if (schema.propertyNames) visit(walk, key, schema.propertyNames, childPath, depth + 1);
    const extra = schema.additionalProperties;
    if (extra === false) report(walk, childPath, 'unknown', key, Object.keys(known));
    else {
      const child = ownValue(walk, value, key, childPath);
      if (child !== undefined) visit(walk, child, typeof extra === 'object' ? extra : {}, childPath, depth + 1);
    }
  }
}

/** `oneOf` with a discriminator picks its branch by that property; without one, exactly one must match. */
function visitOneOf(walk: Walk, value: unknown, schema: JsonSchema, path: string, depth: number): void {
  const branches = (schema.oneOf ?? []).map((branch) => (branch.$ref === undefined ? branch : resolve(walk.root, branch.$ref) ?? {}));
  const tag = schema.discriminator?.propertyName;
  if (tag === undefined) {
    const results = branches.map((branch) => schemaFaults(value, branch, walk.root));
    if (results.some((faults) => faults.length === 0)) return;
    return (results.sort((a, b) => a.length - b.length)[0] ?? []).forEach((fault) => add(walk, fault));
  }
  if (!isPlainObject(value)) return report(walk, path, 'type', 'object');
  const tags = branches.map((branch) => branch.properties?.[tag]?.const);
  const tagPath = formatPath(path, tag);
  if (!Object.hasOwn(value, tag)) return report(walk, tagPath, 'tagRequired', tags);
  const index = tags.findIndex((t) => t === value[tag]);
  const branch = branches[index];
  if (!branch) return report(walk, tagPath, 'value', tags);
  visit(walk, value, branch, path, depth);
}

function report<C extends keyof FaultArgs>(walk: Walk, path: string, code: C, ...args: FaultArgs[C]): void {
  add(walk, { path, code, args } as ConfigFault);
}

/**
 * Adds a fault unless MAX_PROBLEMS are in, or the same one is (the same sentence, twice). The
 * details are compared only at the same path and code: a path can hold a huge key of the input.
 */
function add(walk: Walk, fault: ConfigFault): void {
  const same = (f: ConfigFault) => f.path === fault.path && f.code === fault.code && JSON.stringify(f.args) === JSON.stringify(fault.args);
  if (walk.faults.length < MAX_PROBLEMS && !walk.faults.some(same)) walk.faults.push(fault);
}

/** The value of an own data property; accessors (never in JSON) are reported, not called. */
function ownValue(walk: Walk, container: object, key: string | number, path: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(container, key);
  if (descriptor && 'value' in descriptor) return descriptor.value;
  report(walk, path, 'json');
  return undefined;
}

function resolve(root: JsonSchema, ref: string): JsonSchema | undefined {
  const name = ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : '';
  return root.$defs && Object.hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
}

const patterns = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let regExp = patterns.get(pattern);
  if (!regExp) patterns.set(pattern, (regExp = new RegExp(pattern, 'u')));
  return regExp;
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
