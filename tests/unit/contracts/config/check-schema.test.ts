import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../../packages/contracts/src/config/check-schema.js';
import type { JsonSchema } from '../../../../packages/contracts/src/config/json-schema.js';

// The keywords showroom.schema.json does not use today, interpreted all the same.
describe('checkSchema', () => {
  it.each<[string, JsonSchema, unknown, string[]]>([
    ['oneOf without a discriminator: one branch matches', { oneOf: [{ type: 'string' }, { type: 'number' }] }, 3, []],
    ['oneOf without a discriminator: none matches, the closest branch is reported', { oneOf: [{ type: 'string' }, { type: 'object', required: ['a', 'b'] }] }, {}, ['The config must be text (in quotes)']],
    ['const', { const: 'viewer' }, 'story', ['The config must be "viewer"']],
    ['an open object still refuses non-JSON values', { type: 'object' }, { a: Number.NaN, b: new Date(0) }, ['a must be plain JSON data', 'b must be plain JSON data']],
    ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, ['The config must have at most 1 field (it has 2)']],
    ['propertyNames', { type: 'object', propertyNames: { pattern: '^[a-z]+$', errorMessage: 'must be lowercase' } }, { A: 1 }, ['A must be lowercase']],
    ['minLength counts characters, not UTF-16 units', { type: 'string', minLength: 2 }, '🪑', ['The config must be at least 2 characters']],
    ['a $ref to a missing definition checks nothing', { $ref: '#/$defs/nope' }, 1, []],
  ])('interprets %s', (_, schema, value, messages) => {
    expect(checkSchema(value, schema).map((problem) => problem.message)).toEqual(messages);
  });
});
