import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ELEMENT_NAME, type VitrineShowroomAttributes, type VitrineShowroomElement, type VitrineShowroomEventMap } from '../../../packages/showroom/src/index.js';

// custom-elements.json tells editors and tools (Storybook, IDE plugins) what <vitrine-showroom> takes.
const pkg = JSON.parse(readFileSync('packages/showroom/package.json', 'utf8')) as { customElements: string; files: string[] };
const manifest = JSON.parse(readFileSync(`packages/showroom/${pkg.customElements}`, 'utf8')) as {
  schemaVersion: string;
  modules: { declarations: { tagName: string; attributes: { name: string }[]; members: { name: string }[]; events: { name: string; type: { text: string } }[] }[] }[];
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

  it('lists exactly the events the element dispatches, with the detail type each carries', () => {
    // A record over the typed event map: an event added there and not here fails to compile.
    const details: Record<keyof VitrineShowroomEventMap, string> = {
      'vitrine:ready': 'VitrineReadyDetail',
      'vitrine:error': 'VitrineErrorDetail',
      'vitrine:variant': 'VitrineVariantDetail',
      'vitrine:quiz-result': 'VitrineQuizResultDetail',
      'vitrine:cta': 'VitrineCtaDetail',
      'vitrine:holdout': 'VitrineHoldoutDetail',
    };
    expect(Object.fromEntries(element!.events.map((event) => [event.name, event.type.text]))).toEqual(
      Object.fromEntries(Object.entries(details).map(([name, detail]) => [name, `CustomEvent<${detail}>`])),
    );
  });

  it('lists the config property the element class types', () => {
    expectTypeOf<VitrineShowroomElement>().toHaveProperty('config');
    expect(element!.members.map((member) => member.name)).toEqual(['config']);
  });
});
