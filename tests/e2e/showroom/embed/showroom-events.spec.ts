import type { BrowserTab } from '../../support/engine/browser-tab.js';
import { EVERY_ENGINE, expect, test } from '../../support/engine-fixtures.js';

// A single-page shop and its showroom, through the engine-neutral tab: the page hears the showroom's
// DOM events, syncs nothing but its own basket, takes the CTA over with preventDefault(), and gives
// the showroom its config as an object (tests/e2e/pages/showroom-events.html).

const HOST = 'vitrine-showroom';

interface Heard {
  type: string;
  detail: Record<string, unknown>;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
  fromShowroom: boolean;
}

declare global {
  interface Window {
    heard: Heard[];
    basket: unknown[];
    handleCta: boolean;
    stillHere?: boolean;
  }
}

/** The events the page heard so far, of `type`. */
const heard = (tab: BrowserTab, type: string) => tab.evaluate((type) => window.heard.filter((e) => e.type === type), type);

/** Clicks, as a shopper would, the showroom's control with that role (explicit, or a button's or an input's) and text. */
async function click(tab: BrowserTab, role: string, name: string): Promise<void> {
  const mark = () =>
    tab.evaluate(
      ({ host, role, name }) => {
        const root = document.querySelector(host)?.shadowRoot;
        root?.querySelectorAll('[data-e2e]').forEach((el) => el.removeAttribute('data-e2e'));
        const roleOf = (el: Element) => el.getAttribute('role') ?? (el instanceof HTMLInputElement ? el.type : el.tagName === 'BUTTON' ? 'button' : '');
        const text = (el: Element) => ((el instanceof HTMLInputElement ? el.closest('label') : el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const match = [...(root?.querySelectorAll('*') ?? [])].find((el) => roleOf(el) === role && text(el) === name);
        match?.setAttribute('data-e2e', '');
        return !!match;
      },
      { host: HOST, role, name },
    );
  await expect.poll(mark, { message: `${role} "${name}" in the showroom` }).toBe(true);
  await tab.clickIn(HOST, '[data-e2e]');
}

/** The showroom region's accessible name, or its error box's text. */
const shown = (tab: BrowserTab) =>
  tab.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    return root?.querySelector('[role=region]')?.getAttribute('aria-label') ?? root?.querySelector('[part=error]')?.textContent ?? '';
  }, HOST);

test.describe('the showroom on a single-page shop', EVERY_ENGINE, () => {
  test('the page hears ready, variant, quiz-result and cta, takes the CTA over with preventDefault, and sets config as an object', async ({ tabs, site, faultProxy, rows, pageErrors }) => {
    const tab = tabs.first;
    await tab.goto(`${site.url}/showroom-events.html?endpoint=${encodeURIComponent(`${faultProxy.url}/v1/batch`)}`);
    await tab.evaluate(() => void (window.stillHere = true));

    // The object set before the script defined the element is the one shown; ready once the model is drawn.
    await expect.poll(() => heard(tab, 'vitrine:ready'), { timeout: 60_000, message: 'vitrine:ready' }).toHaveLength(1);
    const [ready] = await heard(tab, 'vitrine:ready');
    expect(ready).toEqual({ type: 'vitrine:ready', detail: { showroomId: 'test-mug-quiz' }, bubbles: true, composed: true, cancelable: false, fromShowroom: true });
    expect(await shown(tab)).toBe('Ripple mug showroom');
    expect(await tab.evaluate(() => (document.querySelector('vitrine-showroom')!.config as { id: string }).id)).toBe('test-mug-quiz');

    await click(tab, 'radio', 'Cobalt');
    await expect.poll(() => heard(tab, 'vitrine:variant')).toEqual([expect.objectContaining({ detail: { showroomId: 'test-mug-quiz', variant: 'cobalt', label: 'Cobalt', method: 'tap' } })]);

    await click(tab, 'button', 'Start the quiz');
    await click(tab, 'radio', 'Tea, slowly');
    await click(tab, 'button', 'See my match');
    await expect
      .poll(() => heard(tab, 'vitrine:quiz-result'))
      .toEqual([expect.objectContaining({ detail: { showroomId: 'test-mug-quiz', resultId: 'calm', title: 'Ripple in cream', variant: 'cream', answers: { drink: ['tea'] } } })]);
    expect((await heard(tab, 'vitrine:variant')).at(-1)?.detail).toMatchObject({ variant: 'cream', method: 'quiz' });

    // The shop takes the CTA over: its basket gets the variant shown, the browser stays on the page.
    await tab.evaluate(() => void (window.handleCta = true));
    await tab.clickIn(HOST, '[part=cta]');
    await expect.poll(() => tab.evaluate(() => window.basket)).toEqual(['cream']);
    const [cta] = await heard(tab, 'vitrine:cta');
    expect(cta).toMatchObject({ cancelable: true, detail: { showroomId: 'test-mug-quiz', label: 'Add to basket', href: '/other.html', source: 'product', variant: 'cream' } });
    // Tracked all the same: the collector stores the click.
    await expect.poll(() => rows('CTA Clicked').map((row) => row.properties['source']), { timeout: 20_000, message: 'CTA Clicked stored' }).toEqual(['product']);
    expect(await tab.evaluate(() => [location.pathname, window.stillHere])).toEqual(['/showroom-events.html', true]);

    // A new object re-renders in place; an invalid one shows the error box, one console error and vitrine:error.
    await tab.evaluate(() => {
      const element = document.querySelector('vitrine-showroom')!;
      const config = structuredClone(element.config) as { product: { name: string } };
      config.product.name = 'Ripple mug, large';
      element.config = config as never;
    });
    await expect.poll(() => shown(tab)).toBe('Ripple mug, large showroom');
    await tab.evaluate(() => void (document.querySelector('vitrine-showroom')!.config = { id: 'broken', version: 1 } as never));
    await expect.poll(() => shown(tab)).toBe('This showroom is unavailable.');
    expect((await heard(tab, 'vitrine:error')).map((e) => [e.detail['showroomId'], e.detail['code']])).toEqual([['broken', 'invalid-config']]);
    await expect.poll(() => pageErrors.filter((line) => line.includes('[vitrine:invalid-config]')).length, { message: 'the console error' }).toBe(1);
    // That console error is this test's doing, and the only one expected.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((line) => !line.includes('[vitrine:invalid-config]')));
  });
});
