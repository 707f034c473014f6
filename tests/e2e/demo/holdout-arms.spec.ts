import type { Experiment } from '../../../packages/contracts/src/index.js';
import type { BrowserTab } from '../support/engine/browser-tab.js';
import { EVERY_ENGINE, expect, test, type EngineShop } from '../support/engine-demo-fixtures.js';
import { pinVisitor } from '../support/pin-visitor.js';
import { publishExperiments } from '../support/publish-experiments.js';
import { readMetrics } from '../support/read-metrics.js';
import { visitorIn } from '../support/visitor-in.js';

// Hold-out arms on the demo's product page, in every engine, under its strict CSP: a visitor the
// bucketing puts in a hold-out arm sees the page without the showroom ('none': nothing, and no
// space kept for it) or with its poster alone ('poster': no 3D chunk fetched); the page hears
// vitrine:holdout, and the collector gets that visitor's exposure and nothing else of the
// showroom. The arms keep real 50/50 weights: each test pins an anonymousId known to fall in the arm.

const HOST = 'vitrine-showroom';

/** Runs first in the page: keeps each vitrine:holdout the document hears in `window.heardHoldouts`. */
function hearHoldouts(): void {
  const heard: unknown[] = [];
  (window as unknown as { heardHoldouts: unknown[] }).heardHoldouts = heard;
  document.addEventListener('vitrine:holdout', (event) => heard.push((event as CustomEvent).detail));
}

const heardHoldouts = (tab: BrowserTab) => tab.evaluate(() => (window as unknown as { heardHoldouts: unknown[] }).heardHoldouts);

/** What the showroom's shadow root holds (its elements' tags and parts) and the host's size. */
const shownIn = (tab: BrowserTab) =>
  tab.evaluate((host) => {
    const element = document.querySelector(host)!;
    const { width, height } = element.getBoundingClientRect();
    const elements = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`);
    return { elements, text: element.shadowRoot?.textContent ?? '', width, height };
  }, HOST);

/** The showroom's events the collector stored (those with a showroom_id), as `name experiments-map`. */
const showroomEvents = (shop: EngineShop) => shop.rows().filter((row) => row.properties['showroom_id'] !== undefined).map((row) => `${String(row.event)} ${JSON.stringify(row.properties['experiments'])}`);

/** Adds a chair to the basket with the shop's own form, as a shopper would, and waits for the shop's answer. */
async function addToBasket(tab: BrowserTab): Promise<void> {
  await tab.click('#add-to-cart button[type=submit]');
  await expect.poll(() => tab.evaluate(() => document.getElementById('cart-status')?.textContent)).toBe('Added 1 to your basket.');
  expect(await tab.evaluate(() => document.getElementById('basket-count')?.textContent)).toBe('1');
}

/** Sends what the tracker holds now and waits until the shop's Product Added is stored: the showroom's events, sent before it, are in. */
async function sendAll(tab: BrowserTab, shop: EngineShop): Promise<void> {
  await tab.evaluate(() => (window as unknown as { vitrine: { flush(): Promise<void> } }).vitrine.flush());
  await expect.poll(() => shop.rows('Product Added').length, { timeout: 20_000, message: 'Product Added stored' }).toBe(1);
}

const requestedChunk = (shop: EngineShop, file: string) => shop.requests().filter((path) => path.startsWith(`/showroom/${file}`));

test.describe('hold-out arms on the product page', EVERY_ENGINE, () => {
  test("a visitor held out with 'none' sees the page as without a showroom: no content, no space; the page hears vitrine:holdout and the collector gets only the exposure", async ({ tabs, shop }) => {
    const experiment: Experiment = {
      id: 'showroom-holdout',
      arms: [
        { id: 'showroom', weight: 50 },
        { id: 'no-showroom', weight: 50, holdout: 'none' },
      ],
    };
    // A second experiment after it: a hold-out ends the walk, so no event names this one.
    const cta: Experiment = { id: 'cta-wording', arms: [{ id: 'control', weight: 50 }, { id: 'try-at-home', weight: 50, patch: { product: { cta: { label: 'Try it at home' } } } }] };
    await publishExperiments(shop, [experiment, cta]);
    shop.addInitScript(pinVisitor, visitorIn(experiment, 'no-showroom'));
    shop.addInitScript(hearHoldouts);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);

    await expect.poll(() => heardHoldouts(tab), { timeout: 30_000, message: 'vitrine:holdout' }).toEqual([
      { showroomId: 'aster-chair', experimentId: 'showroom-holdout', armId: 'no-showroom', holdout: 'none' },
    ]);
    expect(await shownIn(tab)).toEqual({ elements: [], text: '', width: expect.any(Number), height: 0 });
    // The layout is the page's without the showroom element at all: its column and the page keep their size.
    const layout = () =>
      tab.evaluate(() => ({
        media: document.querySelector('.product-media')!.getBoundingClientRect().height,
        info: document.querySelector('.product-info')!.getBoundingClientRect().top,
        page: document.documentElement.scrollHeight,
      }));
    const held = await layout();
    expect(held.media).toBe(0);
    await tab.evaluate((host) => document.querySelector(host)!.remove(), HOST);
    expect(await layout()).toEqual(held);

    await addToBasket(tab);
    await sendAll(tab, shop);
    expect(showroomEvents(shop)).toEqual(['Experiment Viewed {"showroom-holdout":"no-showroom"}']);
    expect(shop.rows('Experiment Viewed').map((row) => [row.properties['experiment_id'], row.properties['arm_id']])).toEqual([['showroom-holdout', 'no-showroom']]);
    expect(requestedChunk(shop, 'showroom-viewer.js'), 'the 3D chunk').toEqual([]);
    expect(requestedChunk(shop, 'showroom-visit-channel.js'), 'the channel chunk, for a config naming no channel').toEqual([]);

    await expect
      .poll(async () => (await readMetrics(shop, 'aster-chair')).experiments.map((e) => [e.experiment_id, e.arms.map((arm) => [arm.arm_id, arm.exposures, arm.expectedShare, arm.indicators.visitors])]), { timeout: 20_000 })
      .toEqual([['showroom-holdout', [['showroom', 0, 0.5, 0], ['no-showroom', 1, 0.5, 1]]]]);
  });

  test("a visitor held out with 'poster' sees the poster alone, and the 3D chunk is never fetched; a visitor of the other arm gets the 3D view", async ({ tabs, shop }) => {
    const experiment: Experiment = {
      id: 'poster-holdout',
      arms: [
        { id: 'showroom', weight: 50 },
        { id: 'poster-only', weight: 50, holdout: 'poster' },
      ],
    };
    await publishExperiments(shop, [experiment]);
    shop.addInitScript(pinVisitor, visitorIn(experiment, 'poster-only'));
    shop.addInitScript(hearHoldouts);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);

    await expect.poll(() => heardHoldouts(tab), { timeout: 30_000, message: 'vitrine:holdout' }).toEqual([
      { showroomId: 'aster-chair', experimentId: 'poster-holdout', armId: 'poster-only', holdout: 'poster' },
    ]);
    const shown = await shownIn(tab);
    expect(shown.elements).toEqual(['img[part=poster]']);
    // The poster takes the showroom's 4:3 place.
    expect(shown.height).toBeCloseTo((shown.width * 3) / 4, 0);
    await expect
      .poll(() =>
        tab.evaluate((host) => {
          const img = document.querySelector(host)!.shadowRoot!.querySelector('img')!;
          return { src: new URL(img.src).pathname, alt: img.alt.length > 0, loaded: img.complete && img.naturalWidth > 0 };
        }, HOST),
      )
      .toEqual({ src: '/images/posters/aster-chair.png', alt: true, loaded: true });

    await addToBasket(tab);
    await sendAll(tab, shop);
    expect(showroomEvents(shop)).toEqual(['Experiment Viewed {"poster-holdout":"poster-only"}']);
    expect(requestedChunk(shop, 'showroom-viewer.js'), 'the 3D chunk').toEqual([]);

    // The same page for a visitor of the shown arm asks for the 3D chunk: the request log sees it.
    await tab.evaluate((id) => localStorage.setItem('vitrine.anonymousId', id), visitorIn(experiment, 'showroom'));
    await tab.reload();
    await expect.poll(() => requestedChunk(shop, 'showroom-viewer.js').length, { timeout: 30_000, message: 'the 3D chunk requested' }).toBe(1);
    expect(await heardHoldouts(tab)).toEqual([]);
  });
});
