import type { JsonSchema } from './json-schema.js';

/**
 * What each fault code carries: enough for describeFault to word it. The checks that every page
 * runs report codes, not sentences, so that the words load only when a config is invalid.
 */
export interface FaultArgs {
  deep: [];
  /** A const, an enum or a discriminator: the values allowed. */
  value: [options: readonly unknown[]];
  type: [type: NonNullable<JsonSchema['type']>];
  json: [];
  minLength: [min: number];
  maxLength: [max: number, length: number];
  url: [errorMessage: string | undefined];
  pattern: [pattern: string, errorMessage: string | undefined];
  minimum: [min: number];
  exclusiveMinimum: [min: number];
  maximum: [max: number];
  minItems: [min: number];
  maxItems: [max: number, length: number];
  minProperties: [min: number];
  maxProperties: [max: number, length: number];
  unique: [id: string, firstPath: string];
  required: [];
  unknown: [key: string, known: readonly string[]];
  tagRequired: [tags: readonly unknown[]];
  ref: [what: 'camera' | 'hotspot' | 'result' | 'variant', ids: readonly string[]];
  end: [];
  next: [later: readonly string[]];
  holdout: [];
  unpatchable: [];
  /** An experiment arm's patch that would make the config invalid, and the first thing it breaks. */
  patch: [fault: ConfigFault];
  unreadable: [];
}

/** One thing wrong in a config, as a code: where, which rule, and the rule's details. */
export type ConfigFault = { [C in keyof FaultArgs]: { path: string; code: C; args: FaultArgs[C] } }[keyof FaultArgs];
