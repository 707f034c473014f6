// @vitest-environment happy-dom
import type { JSX } from 'preact';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ShowroomConfig,
  VitrineCtaDetail,
  VitrineErrorDetail,
  VitrineQuizResultDetail,
  VitrineReadyDetail,
  VitrineShowroomAttributes,
  VitrineShowroomElement,
  VitrineVariantDetail,
} from '../../../packages/showroom/src/index.js';

// Type checks, made by `tsc -b` in the test command: a page in TypeScript uses the tag as is.
describe('<vitrine-showroom> typings', () => {
  it('types the element for the DOM, its config property taking the object or its id or URL', () => {
    expectTypeOf<HTMLElementTagNameMap['vitrine-showroom']>().toEqualTypeOf<VitrineShowroomElement>();
    expectTypeOf<VitrineShowroomElement['config']>().toEqualTypeOf<ShowroomConfig | string | null>();
    const element = document.createElement('vitrine-showroom');
    // @ts-expect-error a number is neither a config nor its id
    element.config = 42;
  });

  it('types each event’s detail for a listener on the element, the document or the window', () => {
    const element = document.createElement('vitrine-showroom');
    element.addEventListener('vitrine:ready', (e) => expectTypeOf(e.detail).toEqualTypeOf<VitrineReadyDetail>());
    element.addEventListener('vitrine:error', (e) => expectTypeOf(e.detail).toEqualTypeOf<VitrineErrorDetail>());
    element.addEventListener('vitrine:variant', (e) => expectTypeOf(e.detail).toEqualTypeOf<VitrineVariantDetail>());
    element.addEventListener('vitrine:quiz-result', (e) => expectTypeOf(e.detail).toEqualTypeOf<VitrineQuizResultDetail>());
    element.addEventListener('vitrine:cta', (e) => {
      expectTypeOf(e.detail).toEqualTypeOf<VitrineCtaDetail>();
      expectTypeOf(e.detail.variant).toEqualTypeOf<string | undefined>();
      e.preventDefault();
    });
    document.addEventListener('vitrine:cta', (e) => expectTypeOf(e.detail.href).toBeString());
    window.addEventListener('vitrine:error', (e) => expectTypeOf(e.detail.code).toEqualTypeOf<VitrineErrorDetail['code']>());
    // @ts-expect-error the CTA's detail has no `url`
    element.addEventListener('vitrine:cta', (e) => e.detail.url);
  });

  it('types its attributes, the config object and a listener per event in Preact’s JSX, config required', () => {
    type Props = JSX.IntrinsicElements['vitrine-showroom'];
    expectTypeOf<Props>().toHaveProperty('config').toEqualTypeOf<string | ShowroomConfig>();
    expectTypeOf<Props>().toHaveProperty('write-key').toEqualTypeOf<string | undefined>();
    expectTypeOf<Props['onvitrine:cta']>().toEqualTypeOf<((event: CustomEvent<VitrineCtaDetail>) => void) | undefined>();
    expectTypeOf<{ config: 'aster-chair'; endpoint: '/v1/batch' }>().toMatchTypeOf<VitrineShowroomAttributes>();
    // @ts-expect-error config is required
    const missing: Props = {};
    void missing;
  });
});
