import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../packages/contracts/src/index.js';
import { commonFields } from '../../../packages/editor/src/common-fields.js';
import { getAtPath } from '../../../packages/editor/src/get-at-path.js';

const demo = JSON.parse(readFileSync(new URL('../../../demo/configs/aster-chair.json', import.meta.url), 'utf8'));

describe('commonFields', () => {
  const fields = commonFields(demo);

  it('offers the product, theme, story, quiz, hotspot, variant and experiment fields of the demo config', () => {
    expect(new Set(fields.map((f) => f.group))).toEqual(new Set(['Product', 'Theme', 'Story', 'Quiz', 'Hotspots', 'Variants', 'Experiments']));
    expect(fields.find((f) => f.path === 'product.name')).toMatchObject({ label: 'Name', kind: 'text' });
  });

  it('names each field by the path the validator uses, so its problems show beside it', () => {
    const broken = structuredClone(demo);
    const field = fields.find((f) => f.kind === 'number' && f.group === 'Experiments')!;
    let at: any = broken;
    for (const key of field.keys.slice(0, -1)) at = at[key];
    at[field.keys.at(-1)!] = -1;
    expect(validateConfig(broken).errors.map((e) => e.path)).toContain(field.path);
  });

  it('points every field at a value present in the config, except optional ones left out', () => {
    const missing = fields.filter((f) => getAtPath(demo, f.keys) === undefined).map((f) => f.path);
    expect(missing.every((path) => /^(product\.(price|currency|cta)|theme\.)/.test(path))).toBe(true);
  });

  it('offers only the product and theme fields for a document that is not a config', () => {
    expect(new Set(commonFields('not a config').map((f) => f.group))).toEqual(new Set(['Product', 'Theme']));
  });
});
