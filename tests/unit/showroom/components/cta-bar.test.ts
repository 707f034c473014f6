// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, config, mount } from '../support/showroom-harness.js';

/** Gives happy-dom's navigator a share() and a clipboard for one test. */
function setNavigator(props: Record<string, unknown>) {
  for (const [name, value] of Object.entries(props)) Object.defineProperty(navigator, name, { value, configurable: true });
}

/** This page's URL as a link shared by `source` with the sharer reference `ref`. */
function sharedAs(source: string, ref: string): string {
  const url = new URL(location.href);
  url.searchParams.set('utm_medium', 'share');
  url.searchParams.set('utm_source', source);
  url.searchParams.set('utm_content', ref);
  return url.href;
}

afterEach(() => {
  for (const name of ['share', 'clipboard']) delete (navigator as unknown as Record<string, unknown>)[name];
  document.body.replaceChildren();
});

describe('CtaBar', () => {
  it('shows the price in the config’s locale and reports CTA Clicked', async () => {
    const s = await mount();
    expect(s.root.querySelector('.price')?.textContent).toBe('Price: €649.00');
    const cta = s.get('link', 'Add to basket');
    expect(cta.getAttribute('href')).toBe('/basket/add?sku=NH-AST-001');
    cta.addEventListener('click', (e) => e.preventDefault());
    await click(cta);
    expect(s.last('CTA Clicked')).toMatchObject({ label: 'Add to basket', source: 'product', module: 'act' });
  });

  it('says the name and price to screen readers only where the page shows them (showNameAndPrice: false)', async () => {
    const shown = await mount();
    expect(shown.root.querySelector('.name')?.classList.contains('sr')).toBe(false);
    const s = await mount(config((c) => (c.product.showNameAndPrice = false)));
    for (const part of ['.name', '.price']) {
      const p = s.root.querySelector(part)!;
      expect(p.classList.contains('sr'), part).toBe(true);
      expect(p.textContent, part).toBe(part === '.name' ? 'Aster lounge chair' : 'Price: €649.00');
    }
  });

  it('shares with the Web Share API where there is one', async () => {
    const share = vi.fn(async () => {});
    setNavigator({ share });
    const s = await mount();
    await click(s.get('button', 'Share'));
    const { ref } = s.last('Shared') as { ref: string };
    expect(ref).toMatch(/^[a-z0-9]+$/);
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: sharedAs('web-share', ref), text: expect.stringContaining('Aster') }));
    expect(s.last('Shared')).toMatchObject({ method: 'web-share', module: 'relate' });
  });

  it('copies the link elsewhere and confirms it in a live region', async () => {
    const writeText = vi.fn(async () => {});
    setNavigator({ share: undefined, clipboard: { writeText } });
    const s = await mount();
    await click(s.get('button', 'Copy link'));
    const { ref } = s.last('Shared') as { ref: string };
    expect(writeText).toHaveBeenCalledWith(sharedAs('copy-link', ref));
    expect(s.root.querySelector('[aria-live=polite][part=live]')?.textContent).toBe('Link copied');
    expect(s.last('Shared')).toMatchObject({ method: 'copy-link' });
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    setNavigator({ share: undefined, clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    const s = await mount();
    await click(s.get('button', 'Copy link'));
    expect(s.root.querySelector<HTMLInputElement>('input[readonly]')?.value).toMatch(/[?&]utm_medium=share&utm_source=copy-link&utm_content=[a-z0-9]+$/);
    expect(s.names()).not.toContain('Shared');
  });
});
