import type { JSX } from 'preact';
import { describe, expectTypeOf, it } from 'vitest';
import type { VitrineShowroomAttributes, VitrineShowroomElement } from '../../../packages/showroom/src/index.js';

// Type checks, made by `tsc -b` in the test command: a page in TypeScript uses the tag as is.
describe('<vitrine-showroom> typings', () => {
  it('types the element for the DOM', () => {
    expectTypeOf<HTMLElementTagNameMap['vitrine-showroom']>().toEqualTypeOf<VitrineShowroomElement>();
  });

  it('types its attributes in Preact’s JSX, config required', () => {
    type Props = JSX.IntrinsicElements['vitrine-showroom'];
    expectTypeOf<Props>().toHaveProperty('config').toEqualTypeOf<string>();
    expectTypeOf<Props>().toHaveProperty('write-key').toEqualTypeOf<string | undefined>();
    expectTypeOf<{ config: 'aster-chair'; endpoint: '/v1/batch' }>().toMatchTypeOf<VitrineShowroomAttributes>();
  });
});
