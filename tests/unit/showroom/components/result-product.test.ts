// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { VitrineCtaDetail } from '../../../../packages/showroom/src/showroom-element-events.js';
import { byRole, click, config, mount } from '../support/showroom-harness.js';
import { quizToResult } from '../support/quiz-to-result.js';

afterEach(() => document.body.replaceChildren());

/** The result's product card. */
const card = (result: HTMLElement) => result.querySelector<HTMLElement>('[part=quiz-product]')!;
const lines = (el: HTMLElement) => [...el.querySelectorAll('p')].map((p) => p.textContent);

describe('ResultProduct', () => {
  it('shows the product, the recommended variant, its price in the config’s locale and the variant’s swatch', async () => {
    const s = await mount();
    const product = card(await quizToResult(s, 'warm'));
    expect(lines(product)).toEqual(['Aster lounge chair', 'Terracotta wool', 'Price: €649.00']);
    const swatch = product.querySelector<HTMLElement>('.swatch')!;
    expect(swatch.getAttribute('aria-hidden')).toBe('true');
    expect(swatch.style.getPropertyValue('--sw')).toBe('#b5553c');
    expect(product.querySelector('img')).toBeNull();
  });

  it.each([
    ['de-DE', 'EUR', 'Price: 649,00\u00a0€'],
    ['en-US', 'USD', 'Price: $649.00'],
  ])('writes the price as %s does in %s', async (locale, currency, text) => {
    const s = await mount(config((c) => ((c.locale = locale), (c.product.currency = currency))));
    expect(lines(card(await quizToResult(s, 'warm')))).toContain(text);
  });

  it('shows the result’s image instead of the swatch, as decoration, and no price line without a price', async () => {
    const s = await mount(
      config((c) => {
        delete c.product.price;
        const quiz = c.experiences.find((e) => e.type === 'quiz')!;
        quiz.results.find((r) => r.id === 'warm')!.image = '/images/aster-terracotta.webp';
      }),
    );
    const product = card(await quizToResult(s, 'warm'));
    expect(product.querySelector('img')?.getAttribute('src')).toBe('/images/aster-terracotta.webp');
    expect(product.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(product.querySelector('.swatch')).toBeNull();
    expect(lines(product)).toEqual(['Aster lounge chair', 'Terracotta wool']);
  });

  it('adds the variant: its CTA fires a cancelable vitrine:cta naming the variant, and reports CTA Clicked from the quiz', async () => {
    const s = await mount();
    const product = card(await quizToResult(s, 'warm'));
    const heard: CustomEvent<VitrineCtaDetail>[] = [];
    s.element.addEventListener('vitrine:cta', (e) => (heard.push(e), e.preventDefault()));
    const cta = byRole(product, 'link', 'Add to basket');
    expect(cta.getAttribute('href')).toBe('/basket/add?sku=NH-AST-001');
    const followed = cta.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(followed, 'the page took the CTA over').toBe(false);
    expect(heard.map((e) => [e.detail, e.cancelable])).toEqual([
      [{ showroomId: 'aster-lounge-chair', label: 'Add to basket', href: '/basket/add?sku=NH-AST-001', source: 'quiz', variant: 'terracotta' }, true],
    ]);
    expect(s.last('CTA Clicked')).toEqual(expect.objectContaining({ label: 'Add to basket', href: '/basket/add?sku=NH-AST-001', source: 'quiz', module: 'act' }));
  });

  it('puts the result’s own CTA beside the product’s, each reported under its label', async () => {
    const s = await mount();
    const product = card(await quizToResult(s, 'bold'));
    expect(lines(product)).toEqual(['Aster lounge chair', 'Charcoal leather', 'Price: €649.00']);
    expect([...product.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Add to basket', 'Order a leather sample']);
    const sample = byRole(product, 'link', 'Order a leather sample');
    sample.addEventListener('click', (e) => e.preventDefault());
    await click(sample);
    expect(s.last('CTA Clicked')).toMatchObject({ label: 'Order a leather sample', href: 'https://samples.nordhavn.example/leather?model=aster', source: 'quiz' });
  });

  it('brings the 3D view, which shows the variant already, to the shopper with "See it in 3D"', async () => {
    const s = await mount();
    const product = card(await quizToResult(s, 'warm'));
    expect(s.viewer.calls.at(-1)).toEqual(['setVariant', 'terracotta']);
    await click(byRole(product, 'button', 'See it in 3D'));
    expect(s.root.activeElement?.getAttribute('role')).toBe('application');
  });
});
