import type { BrowserTab } from '../support/engine/browser-tab.js';
import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

// A collector that refuses connections (a restart, a deploy) while shoppers stay on the page or
// leave it: what is tracked meanwhile arrives seconds after it is back, not on a next visit.

/** ms until the shared backoff ends (localStorage `vitrine.retry:{endpoint}`); 0 when none. */
const backoffLeft = (tab: BrowserTab): Promise<number> =>
  tab.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('vitrine.retry:'));
    return Math.max(0, Number((key && localStorage.getItem(key)?.split(' ')[0]) || 0) - Date.now());
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe('vitrine.track during a collector outage', EVERY_ENGINE, () => {
  test('delivers 50 events tracked during a 30-s outage within 10 s of its end, with no new event and no reload', async ({
    tracker,
    faultProxy,
    rows,
    waitForRows,
  }) => {
    test.setTimeout(120_000);
    await tracker.open();
    await tracker.flush(); // the init-time flush, on the empty queue
    await faultProxy.refuse();
    const outage = Date.now();
    // 5 bursts of 10, spread over the outage, as a shopper browsing would track them.
    for (let burst = 0; burst < 5; burst++) {
      await tracker.track(10, { tab: `burst ${burst}` });
      await sleep(5_000);
    }
    await sleep(Math.max(0, 30_000 - (Date.now() - outage)));
    expect(rows(), 'rows stored during the outage').toEqual([]);
    expect((await tracker.stats()).retries, 'tries refused during the outage').toBeGreaterThan(5);

    await faultProxy.accept();
    // The page stays open and idle: no call, no reload, no visibility change.
    const stored = await waitForRows(50, { timeout: 10_000 });
    expectExactRows(stored, Array.from({ length: 5 }, (_, burst) => keys(10, `burst ${burst}`)).flat());
  });

  test('delivers the events of a shopper who leaves during the backoff once the collector is back, by the page-hide send', async ({
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    // 'basic' puts the write key in the URL of page-hide requests only (they cannot carry headers),
    // which tells the proxy which request delivered the events.
    await tracker.open({ writeKeyAs: 'basic' });
    await tracker.flush();
    await faultProxy.refuse();
    await tracker.track(20);
    // A refused try has set a backoff with time enough left to leave in.
    await expect.poll(() => backoffLeft(tracker.tab), { message: 'ms of backoff left', timeout: 60_000, intervals: [50] }).toBeGreaterThan(2_000);
    await faultProxy.accept();
    expect(await backoffLeft(tracker.tab), 'the backoff still pending as she leaves').toBeGreaterThan(0);
    await tracker.leave();

    expectExactRows(await waitForRows(20), keys(20));
    const delivered = faultProxy.sends().filter((s) => s.status === 200 && s.messageIds.length > 0);
    expect(
      delivered.map((s) => s.url),
      'requests that delivered the events: page-hide ones, write key in the URL',
    ).toEqual(delivered.map(() => expect.stringContaining('writeKey=')));
  });
});
