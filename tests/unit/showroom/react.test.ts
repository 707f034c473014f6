import type { JSX } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { ShowroomConfig, VitrineShowroomElement, VitrineVariantDetail } from '../../../packages/showroom/src/index.js';
import type {} from '../../../packages/showroom/src/react.js';

// Type checks, made by `tsc -b` in the test command: a React 19 page that imports
// @vitrine/showroom/react uses the tag as is (bundled-showroom.spec.ts checks it as installed).
describe('@vitrine/showroom/react', () => {
  type Props = JSX.IntrinsicElements['vitrine-showroom'];

  it('types <vitrine-showroom> in React’s JSX: config required, as an id, a URL or the object', () => {
    expectTypeOf<Props>().toHaveProperty('config').toEqualTypeOf<string | ShowroomConfig>();
    expectTypeOf<Props>().toHaveProperty('endpoint').toEqualTypeOf<string | undefined>();
    // @ts-expect-error config is required
    const missing: Props = {};
    void missing;
  });

  it('types a listener per event, and the ref as the element', () => {
    expectTypeOf<Props['onvitrine:variant']>().toEqualTypeOf<((event: CustomEvent<VitrineVariantDetail>) => void) | undefined>();
    expectTypeOf<Props['ref']>().toMatchTypeOf<import('react').Ref<VitrineShowroomElement> | undefined>();
    expectTypeOf<Props>().toHaveProperty('className').toEqualTypeOf<string | undefined>();
  });
});
