import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_STRINGS } from '../../../../packages/contracts/src/config/default-strings.js';
import type { JsonSchema } from '../../../../packages/contracts/src/config/json-schema.js';
import type { ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';
import schemaJson from '../../../../packages/contracts/src/config/showroom.schema.json' with { type: 'json' };
import { validateConfig } from '../../../../packages/contracts/src/config/validate-config.js';
import { asterChairConfig, urlFields } from './aster-chair.js';
import { EVERY_FIELD } from './fixtures/every-field.js';

const schema = schemaJson as JsonSchema;
/** Free-form maps: their keys are data (material names, result ids), not fields. */
const MAPS = new Set(['experiences[].variants[].materials', 'experiences[].questions[].answers[].scores']);
/** Compared separately (strings) or free JSON (a patch). */
const OPAQUE = new Set(['strings', 'experiments[].arms[].patch']);

function resolve(node: JsonSchema): JsonSchema {
  const name = node.$ref?.replace('#/$defs/', '');
  return name === undefined ? node : resolve(schema.$defs?.[name] ?? {});
}

/** Every field path the schema allows: `experiences[].pages[].media`, `...materials.*.color`. */
function schemaPaths(node: JsonSchema, path = '', into = new Set<string>(), visit: (node: JsonSchema, path: string) => void = () => {}): Set<string> {
  const resolved = resolve(node);
  visit(resolved, path);
  if (OPAQUE.has(path)) return into;
  for (const branch of resolved.oneOf ?? []) schemaPaths(branch, path, into, visit);
  for (const [key, child] of Object.entries(resolved.properties ?? {})) {
    const childPath = path === '' ? key : `${path}.${key}`;
    into.add(childPath);
    schemaPaths(child, childPath, into, visit);
  }
  if (resolved.items) schemaPaths(resolved.items, `${path}[]`, into, visit);
  if (typeof resolved.additionalProperties === 'object') schemaPaths(resolved.additionalProperties, `${path}.*`, into, visit);
  return into;
}

/** Every field path a value has, in the same notation. */
function valuePaths(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (OPAQUE.has(path)) return into;
  if (Array.isArray(value)) value.forEach((item) => valuePaths(item, `${path}[]`, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = MAPS.has(path) ? `${path}.*` : path === '' ? key : `${path}.${key}`;
      if (!MAPS.has(path)) into.add(childPath);
      valuePaths(child, childPath, into);
    }
  }
  return into;
}

describe('showroom.schema.json', () => {
  it('describes exactly the fields of the TypeScript types (through a fixture that sets every one)', () => {
    expect([...valuePaths(EVERY_FIELD)].sort()).toEqual([...schemaPaths(schema)].sort());
  });

  it('accepts the every-field fixture, and validateConfig returns it as the typed config', () => {
    const result = validateConfig(EVERY_FIELD);
    expect(result.errors).toEqual([]);
    expect(result.config).toEqual(EVERY_FIELD);
    expectTypeOf(result.config).toEqualTypeOf<ShowroomConfig | undefined>();
    expectTypeOf(EVERY_FIELD).toExtend<ShowroomConfig>();
  });

  it('lets the config replace exactly the strings in DEFAULT_STRINGS', () => {
    expect(Object.keys(resolve(schema.properties?.['strings'] ?? {}).properties ?? {}).sort()).toEqual(Object.keys(DEFAULT_STRINGS).sort());
  });

  it('has a title, an $id, and a description on every property, for the editor', () => {
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.title).toBeTruthy();
    const undescribed: string[] = [];
    schemaPaths(schema, '', new Set(), (node, path) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) if (!(child as JsonSchema).description) undescribed.push(`${path}.${key}`);
    });
    expect(undescribed).toEqual([]);
  });

  it('closes every object to unknown fields', () => {
    const open: string[] = [];
    schemaPaths(schema, '', new Set(), (node, path) => {
      if (node.type === 'object' && node.additionalProperties === undefined && !OPAQUE.has(path)) open.push(path);
    });
    expect(open).toEqual([]);
  });

  it('marks as URLs exactly the fields the tests treat as URLs', () => {
    const urls: string[] = [];
    schemaPaths(schema, '', new Set(), (node, path) => {
      if (node.format === 'url') urls.push(path);
    });
    const handListed = urlFields(EVERY_FIELD as ShowroomConfig).map(({ path }) =>
      path.replace(/\[\d+\]/g, '[]').replace(/\["[^"]*"\]/g, '.*').replace(/^experiences\[\]/, 'experiences[]'),
    );
    expect(urls.sort()).toEqual([...new Set(handListed)].sort());
    expect(urlFields(asterChairConfig()).length).toBeGreaterThan(10);
  });
});
