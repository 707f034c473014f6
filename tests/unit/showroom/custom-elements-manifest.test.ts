import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ELEMENT_NAME, type VitrineShowroomAttributes } from '../../../packages/showroom/src/index.js';

// custom-elements.json tells editors and tools (Storybook, IDE plugins) what <vitrine-showroom> takes.
const pkg = JSON.parse(readFileSync('packages/showroom/package.json', 'utf8')) as { customElements: string; files: string[] };
const manifest = JSON.parse(readFileSync(`packages/showroom/${pkg.customElements}`, 'utf8')) as {
  schemaVersion: string;
  modules: { declarations: { tagName: string; attributes: { name: string }[] }[] }[];
};

describe('custom-elements.json', () => {
  const [element] = manifest.modules[0]!.declarations;

  it('describes the element the package defines, under the name package.json gives and ships', () => {
    expect(manifest.schemaVersion).toBe('1.0.0');
    expect(element!.tagName).toBe(ELEMENT_NAME);
    expect(pkg.files).toContain(pkg.customElements.replace(/^\.\//, ''));
  });

  it('lists exactly the attributes the element reads, as its typings do', () => {
    expectTypeOf<keyof VitrineShowroomAttributes>().toEqualTypeOf<'config' | 'endpoint' | 'write-key'>();
    expect(element!.attributes.map((attribute) => attribute.name)).toEqual(['config', 'endpoint', 'write-key']);
  });
});
