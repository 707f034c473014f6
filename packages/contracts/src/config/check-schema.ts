import type { ConfigProblem } from './config-problem.js';
import { formatPath } from './format-path.js';
import { isAllowedUrl } from './is-allowed-url.js';
import { isPlainObject } from './is-plain-object.js';
import type { JsonSchema } from './json-schema.js';
import { suggestName } from './suggest-name.js';

/** Reporting stops here: a marketer fixes the first fifty and runs it again. */
export const MAX_PROBLEMS = 50;
/** Deeper documents are refused: the schema needs 8 levels, a patch a few more. */
export const MAX_DEPTH = 32;

const TYPE_MESSAGES: Record<NonNullable<JsonSchema['type']>, string> = {
  object: 'must be an object ({ … })',
  array: 'must be a list ([ … ])',
  string: 'must be text (in quotes)',
  number: 'must be a number',
  integer: 'must be a whole number',
  boolean: 'must be true or false',
};

interface Walk {
  root: JsonSchema;
  problems: ConfigProblem[];
}

/**
 * Checks a JSON value against a schema by walking both (no code generation: a strict CSP forbids
 * it) and returns every problem found, up to MAX_PROBLEMS, in document order. Reads only own data
 * properties, so getters never run and `__proto__` or `constructor` keys are just unknown fields.
 */
export function checkSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema): ConfigProblem[] {
  const walk: Walk = { root, problems: [] };
  visit(walk, value, schema, '', 0);
  return walk.problems;
}

function visit(walk: Walk, value: unknown, schema: JsonSchema, path: string, depth: number): void {
  if (walk.problems.length >= MAX_PROBLEMS) return;
  if (depth > MAX_DEPTH) return report(walk, path, `is nested too deeply (at most ${MAX_DEPTH} levels)`);
  if (schema.$ref !== undefined) {
    const target = resolve(walk.root, schema.$ref);
    if (target) visit(walk, value, target, path, depth);
    return;
  }
  if (schema.oneOf) return visitOneOf(walk, value, schema, path, depth);
  if (schema.const !== undefined && value !== schema.const) return report(walk, path, `must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((option) => option === value)) {
    return report(walk, path, `must be ${oneOfWords(schema.enum.map((option) => JSON.stringify(option)))}`);
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) return report(walk, path, TYPE_MESSAGES[schema.type]);
  if (typeof value === 'string') checkString(walk, value, schema, path);
  else if (typeof value === 'number' && Number.isFinite(value)) checkNumber(walk, value, schema, path);
  else if (Array.isArray(value)) checkArray(walk, value, schema, path, depth);
  else if (isPlainObject(value)) checkObject(walk, value, schema, path, depth);
  else if (value !== null && typeof value !== 'boolean') report(walk, path, 'must be plain JSON data');
}

function checkString(walk: Walk, value: string, schema: JsonSchema, path: string): void {
  const length = value.length > 100_000 ? value.length : [...value].length;
  const { minLength = 0, maxLength = Infinity } = schema;
  if (length < minLength) report(walk, path, minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters`);
  if (length > maxLength) report(walk, path, `must be at most ${maxLength} characters (it has ${length})`);
  if (schema.format === 'url' && !isAllowedUrl(value)) {
    return report(walk, path, schema.errorMessage ?? 'must be an https: URL or a relative path');
  }
  if (schema.pattern !== undefined && !compile(schema.pattern).test(value)) {
    report(walk, path, schema.errorMessage ?? `must match the pattern ${schema.pattern}`);
  }
}

function checkNumber(walk: Walk, value: number, schema: JsonSchema, path: string): void {
  const { minimum = -Infinity, exclusiveMinimum = -Infinity, maximum = Infinity } = schema;
  if (value < minimum) report(walk, path, `must be at least ${minimum}`);
  if (value <= exclusiveMinimum) report(walk, path, `must be more than ${exclusiveMinimum}`);
  if (value > maximum) report(walk, path, `must be at most ${maximum}`);
}

function checkArray(walk: Walk, value: readonly unknown[], schema: JsonSchema, path: string, depth: number): void {
  const { minItems = 0, maxItems = Infinity } = schema;
  if (value.length < minItems) report(walk, path, `must have at least ${count(minItems, 'item')}`);
  if (value.length > maxItems) report(walk, path, `must have at most ${count(maxItems, 'item')} (it has ${value.length})`);
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
    else report(walk, formatPath(formatPath(path, index), key), `must be unique: ${JSON.stringify(id)} is also used by ${formatPath(path, first)}`);
  });
}

function checkObject(walk: Walk, value: Record<string, unknown>, schema: JsonSchema, path: string, depth: number): void {
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) report(walk, formatPath(path, name), 'is required');
  }
  const keys = Object.keys(value);
  const { minProperties = 0, maxProperties = Infinity } = schema;
  if (keys.length < minProperties) report(walk, path, `must have at least ${count(minProperties, 'field')}`);
  if (keys.length > maxProperties) report(walk, path, `must have at most ${count(maxProperties, 'field')} (it has ${keys.length})`);
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
    if (extra === false) {
      const suggestion = suggestName(key, Object.keys(known));
      report(walk, childPath, `is not a known field${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`);
    } else {
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
    const results = branches.map((branch) => checkSchema(value, branch, walk.root));
    if (results.some((problems) => problems.length === 0)) return;
    return (results.sort((a, b) => a.length - b.length)[0] ?? []).forEach((problem) => report(walk, problem.path, problem.message, true));
  }
  if (!isPlainObject(value)) return report(walk, path, TYPE_MESSAGES.object);
  const tags = branches.map((branch) => branch.properties?.[tag]?.const);
  const tagPath = formatPath(path, tag);
  if (!Object.hasOwn(value, tag)) return report(walk, tagPath, `is required: ${oneOfWords(tags.map((t) => JSON.stringify(t)))}`);
  const index = tags.findIndex((t) => t === value[tag]);
  const branch = branches[index];
  if (!branch) return report(walk, tagPath, `must be ${oneOfWords(tags.map((t) => JSON.stringify(t)))}`);
  visit(walk, value, branch, path, depth);
}

function report(walk: Walk, path: string, message: string, whole = false): void {
  if (walk.problems.length >= MAX_PROBLEMS) return;
  const sentence = whole ? message : `${path === '' ? 'The config' : path} ${message}`;
  if (walk.problems.some((problem) => problem.path === path && problem.message === sentence)) return;
  walk.problems.push({ path, message: sentence });
}

/** The value of an own data property; accessors (never in JSON) are reported, not called. */
function ownValue(walk: Walk, container: object, key: string | number, path: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(container, key);
  if (descriptor && 'value' in descriptor) return descriptor.value;
  report(walk, path, 'must be plain JSON data');
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

function oneOfWords(options: readonly string[]): string {
  return options.length < 2 ? (options[0] ?? '') : `one of ${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
