import type { ConfigFault, FaultArgs } from './config-fault.js';
import type { ConfigProblem } from './config-problem.js';
import type { JsonSchema } from './json-schema.js';
import { MAX_DEPTH } from './schema-faults.js';
import { suggestName } from './suggest-name.js';

const TYPES: Record<NonNullable<JsonSchema['type']>, string> = {
  object: 'must be an object ({ … })',
  array: 'must be a list ([ … ])',
  string: 'must be text (in quotes)',
  number: 'must be a number',
  integer: 'must be a whole number',
  boolean: 'must be true or false',
};

const NAMED = { camera: 'a camera preset of the viewer', hotspot: 'a hotspot of the viewer', result: 'a result of this quiz', variant: 'a variant of the viewer' };

/** Each code's sentence, given its subject (the path, or "The config" for the whole document). */
const SENTENCES: { [C in keyof FaultArgs]: (subject: string, ...args: FaultArgs[C]) => string } = {
  deep: (s) => `${s} is nested too deeply (at most ${MAX_DEPTH} levels)`,
  value: (s, options) => `${s} must be ${oneOfWords(options)}`,
  type: (s, type) => `${s} ${TYPES[type]}`,
  json: (s) => `${s} must be plain JSON data`,
  minLength: (s, min) => `${s} ${min === 1 ? 'must not be empty' : `must be at least ${min} characters`}`,
  maxLength: (s, max, length) => `${s} must be at most ${max} characters (it has ${length})`,
  url: (s, errorMessage) => `${s} ${errorMessage ?? 'must be an https: URL or a relative path'}`,
  pattern: (s, pattern, errorMessage) => `${s} ${errorMessage ?? `must match the pattern ${pattern}`}`,
  minimum: (s, min) => `${s} must be at least ${min}`,
  exclusiveMinimum: (s, min) => `${s} must be more than ${min}`,
  maximum: (s, max) => `${s} must be at most ${max}`,
  minItems: (s, min) => `${s} must have at least ${count(min, 'item')}`,
  maxItems: (s, max, length) => `${s} must have at most ${count(max, 'item')} (it has ${length})`,
  minProperties: (s, min) => `${s} must have at least ${count(min, 'field')}`,
  maxProperties: (s, max, length) => `${s} must have at most ${count(max, 'field')} (it has ${length})`,
  unique: (s, id, firstPath) => `${s} must be unique: ${JSON.stringify(id)} is also used by ${firstPath}`,
  required: (s) => `${s} is required`,
  unknown: (s, key, known) => {
    const suggestion = suggestName(key, known);
    return `${s} is not a known field${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`;
  },
  tagRequired: (s, tags) => `${s} is required: ${oneOfWords(tags)}`,
  ref: (s, what, ids) => `${s} must be the id of ${NAMED[what]} (${ids.length === 0 ? 'there are none' : `one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`})`,
  end: (s) => `${s} must not be "end": that word means the end of the quiz`,
  next: (s, later) => `${s} must be the id of a later question or "end" (one of ${[...later, 'end'].map((id) => JSON.stringify(id)).join(', ')})`,
  holdout: (s) => `${s}: a hold-out arm shows no showroom, so it takes no patch; remove the patch or the holdout`,
  unpatchable: (s) => `${s} cannot be changed by an experiment: remove it from the patch`,
  patch: (s, fault) => `${s} makes the config invalid, so it was not applied: ${describeFault(fault).message}`,
  unreadable: (s) => `${s} could not be read: it must be plain JSON data`,
};

/**
 * A fault in plain words: a sentence that starts with its path and names the fix. Only an invalid
 * config needs these, so the script-tag build fetches them in a chunk of their own.
 */
export function describeFault(fault: ConfigFault): ConfigProblem {
  const say = SENTENCES[fault.code] as (subject: string, ...args: unknown[]) => string;
  return { path: fault.path, message: say(fault.path === '' ? 'The config' : fault.path, ...fault.args) };
}

function oneOfWords(values: readonly unknown[]): string {
  const options = values.map((value) => JSON.stringify(value));
  return options.length < 2 ? (options[0] ?? '') : `one of ${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
