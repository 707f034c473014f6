import type { Experiment } from '../../../packages/contracts/src/index.js';
import { bucketVisitor } from '../../../packages/contracts/src/index.js';
import type { BrowserTab } from '../support/engine/browser-tab.js';
import { EVERY_ENGINE, expect, test, type EngineShop } from '../support/engine-demo-fixtures.js';
import { pinVisitor } from '../support/pin-visitor.js';
import { publishExperiments } from '../support/publish-experiments.js';
import { readMetrics } from '../support/read-metrics.js';

// Experiment audiences on the demo's product page, in every engine, under its strict CSP: the
// browser decides before the first draw whether a visit is in an experiment's audience (its
// channel, by the collector's GA4 rules; new or returning, by the tracker), and a visit outside it
// is neither bucketed nor counted: no event of it names the experiment, and /api/metrics has no
// exposure for it. The channel's rules come in a chunk of their own, fetched only for a config
// naming channels.

const SHOPPER = 'shopper-1';

/** Every visitor takes part in this one: the events' `experiments` map is never empty, so an absent entry means left out. */
const CTA_WORDING: Experiment = {
  id: 'cta-wording',
  arms: [
    { id: 'control', weight: 50 },
    { id: 'try-at-home', weight: 50, patch: { product: { cta: { label: 'Try it at home for 30 days' } } } },
  ],
};

const PAID_SOCIAL: Experiment = {
  id: 'paid-social-story',
  audience: { channels: ['Paid Social'] },
  arms: [
    { id: 'control', weight: 50 },
    { id: 'short-story', weight: 50, patch: { strings: { variants: 'Wool colours' } } },
  ],
};

/** The showroom's events the collector stored, each as its name, session and `experiments` map. */
const showroomEvents = (shop: EngineShop) =>
  shop
    .rows()
    .filter((row) => row.properties['showroom_id'] !== undefined)
    .map((row) => ({ event: row.event, session: row.sessionId, experiments: row.properties['experiments'] as Record<string, string> }));

/** Waits until `n` Showroom Loaded and Showroom Viewed events are stored (the page shown and seen `n` times). */
async function shown(shop: EngineShop, n: number): Promise<void> {
  const count = () => showroomEvents(shop).filter((row) => row.event === 'Showroom Loaded' || row.event === 'Showroom Viewed').length;
  // 60 s: in Chromium, software WebGL drawing the chair on 2 shared cores held a page's sends over 30 s.
  await expect.poll(count, { timeout: 60_000, message: `${n} Showroom Loaded and Viewed stored` }).toBe(2 * n);
}

/** Whether the page fetched the channel chunk, and how often. */
const channelChunks = (shop: EngineShop) => shop.requests().filter((path) => path.startsWith('/showroom/showroom-visit-channel.js')).length;

/** Sends what the tracker holds now (Experiment Viewed is sent with Showroom Loaded, before Showroom Viewed). */
const flush = (tab: BrowserTab) => tab.evaluate(() => (window as unknown as { vitrine: { flush(): Promise<void> } }).vitrine.flush());

test.describe('experiment audiences on the product page', EVERY_ENGINE, () => {
  test('an experiment limited to Paid Social leaves out a visitor from an email newsletter: no event names it, /api/metrics counts no exposure', async ({ tabs, shop }) => {
    await publishExperiments(shop, [PAID_SOCIAL, CTA_WORDING]);
    shop.addInitScript(pinVisitor, SHOPPER);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/?utm_source=newsletter&utm_medium=email`);
    await shown(shop, 1);
    await flush(tab);

    const cta = bucketVisitor(SHOPPER, CTA_WORDING).id;
    const events = showroomEvents(shop);
    expect(events.map((row) => row.experiments)).toEqual(events.map(() => ({ 'cta-wording': cta })));
    expect(shop.rows('Experiment Viewed').map((row) => row.properties['experiment_id'])).toEqual(['cta-wording']);
    expect(channelChunks(shop), 'the channel chunk, for a config naming channels').toBe(1);

    await expect.poll(async () => (await readMetrics(shop, 'aster-chair')).experiments.map((e) => e.experiment_id), { timeout: 20_000 }).toEqual(['cta-wording']);
    expect((await readMetrics(shop, 'aster-chair')).indicators.visits).toBe(1);
  });

  test('an experiment limited to Paid Social takes in a visitor from a paid Facebook campaign: every event names its arm, /api/metrics counts the exposure', async ({ tabs, shop }) => {
    await publishExperiments(shop, [PAID_SOCIAL, CTA_WORDING]);
    shop.addInitScript(pinVisitor, SHOPPER);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/?utm_source=facebook&utm_medium=paid_social`);
    await shown(shop, 1);
    await flush(tab);

    const arms = { 'paid-social-story': bucketVisitor(SHOPPER, PAID_SOCIAL).id, 'cta-wording': bucketVisitor(SHOPPER, CTA_WORDING).id };
    const events = showroomEvents(shop);
    expect(events.map((row) => row.experiments)).toEqual(events.map(() => arms));
    await expect.poll(() => shop.rows('Experiment Viewed').map((row) => row.properties['experiment_id']).sort()).toEqual(['cta-wording', 'paid-social-story']);
    expect(channelChunks(shop), 'the channel chunk').toBe(1);

    await expect
      .poll(async () => (await readMetrics(shop, 'aster-chair')).experiments.map((e) => [e.experiment_id, e.arms.find((arm) => arm.arm_id === arms[e.experiment_id as keyof typeof arms])?.exposures]).sort(), {
        timeout: 20_000,
      })
      .toEqual([
        ['cta-wording', 1],
        ['paid-social-story', 1],
      ]);
  });

  test('experiments for new and for returning visitors: the first visit is new on every page, the next one after 30 minutes without an event is returning, and the first arm sticks', async ({ tabs, shop }) => {
    const forNew: Experiment = { id: 'welcome', audience: { visitors: 'new' }, arms: [{ id: 'control', weight: 50 }, { id: 'welcome-text', weight: 50, patch: { strings: { variants: 'Pick a wool' } } }] };
    const forReturning: Experiment = { id: 'welcome-back', audience: { visitors: 'returning' }, arms: [{ id: 'control', weight: 50 }, { id: 'back-text', weight: 50, patch: { strings: { variants: 'Your wool' } } }] };
    await publishExperiments(shop, [forNew, forReturning]);
    shop.addInitScript(pinVisitor, SHOPPER);
    const tab = tabs.first;
    const newArm = { welcome: bucketVisitor(SHOPPER, forNew).id };

    // The first visit, two pages: new on both (the second page is not a second visit).
    await tab.goto(`${shop.url}/`);
    await shown(shop, 1);
    await tab.goto(`${shop.url}/`);
    await shown(shop, 2);
    await flush(tab);
    const [first] = showroomEvents(shop);
    expect(showroomEvents(shop).every((row) => row.session === first!.session)).toBe(true);
    expect(showroomEvents(shop).map((row) => row.experiments)).toEqual(showroomEvents(shop).map(() => newArm));

    // 30 minutes pass without an event: the tracker's stored session is moved back (its clock cannot
    // be), before the next page's tracker reads it, after the last page's page-hide events wrote it.
    shop.addInitScript(() => {
      const [id, lastAt] = (localStorage.getItem('vitrine.session') ?? '').split('.').map(Number);
      if (id && lastAt) localStorage.setItem('vitrine.session', `${id - 31 * 60_000}.${lastAt - 31 * 60_000}`);
    });
    await tab.goto(`${shop.url}/`);
    await shown(shop, 3);
    await flush(tab);
    const second = showroomEvents(shop).filter((row) => row.session !== first!.session);
    expect(second.map((row) => row.event)).toEqual(expect.arrayContaining(['Showroom Loaded', 'Showroom Viewed']));
    // Returning now, so in welcome-back; still in welcome, the arm it was shown (sticky), though no longer new.
    const both = { ...newArm, 'welcome-back': bucketVisitor(SHOPPER, forReturning).id };
    expect(second.map((row) => row.experiments)).toEqual(second.map(() => both));
    await expect.poll(() => shop.rows('Experiment Viewed').map((row) => row.properties['experiment_id'])).toEqual(['welcome', 'welcome-back']);
    expect(channelChunks(shop), 'the channel chunk, for a config naming no channel').toBe(0);

    // Each exposure counted in its arm. (Not the collector's visits: it splits them by the events'
    // times, 30 minutes apart, which only the tracker's stored session was moved, not the clock.)
    await expect
      .poll(async () =>
        (await readMetrics(shop, 'aster-chair')).experiments
          .map((e) => [e.experiment_id, e.arms.filter((arm) => arm.exposures > 0).map((arm) => [arm.arm_id, arm.exposures])] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      )
      .toEqual([
        ['welcome', [[newArm.welcome, 1]]],
        ['welcome-back', [[both['welcome-back'], 1]]],
      ]);
  });
});
