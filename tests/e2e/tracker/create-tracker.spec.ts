import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';
import { EVENT } from '../support/tracker-page.js';

/** Long enough for several flushes at flushInterval 200 ms: what has not happened by then will not. */
const QUIET_MS = 1_500;
const eager = { flushAt: 5, flushInterval: 200 };
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));

test.describe('vitrine.init({ consent })', EVERY_ENGINE, () => {
  test("stores and sends nothing while consent is 'pending', then sends everything once granted", async ({
    tracker,
    faultProxy,
    rows,
    waitForRows,
  }) => {
    await tracker.open({ ...eager, consent: 'pending' });
    await tracker.track(10);
    await quiet();
    expect(await tracker.storedCount(), 'events in IndexedDB').toBe(0);
    expect(await tracker.tab.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), 'web storage and cookies').toEqual([
      0,
      0,
      '',
    ]);
    expect(faultProxy.requests(), 'requests').toEqual([]);
    expect(rows(), 'rows').toEqual([]);

    await tracker.setConsent('granted');
    expectExactRows(await waitForRows(10), keys(10));
  });

  test('treats Global Privacy Control as denied: stores and sends nothing, counts each drop', async ({ site, tracker, faultProxy }) => {
    site.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
    });
    await tracker.open(eager);
    expect(await tracker.tab.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true);
    await tracker.track(10);
    await quiet();
    expect(await tracker.storedCount(), 'events in IndexedDB').toBe(0);
    expect(faultProxy.requests(), 'requests').toEqual([]);
    expect((await tracker.stats()).dropped.consent).toBe(10);
  });
});

test.describe('vitrine.track', EVERY_ENGINE, () => {
  test('refuses an event over 32 KB, counts it, and delivers the next event', async ({ tracker, faultProxy, rows, waitForRows }) => {
    await tracker.open();
    const thrown = await tracker.tab.evaluate(() => {
      try {
        window.vitrine.track('Oversize Event', { blob: 'x'.repeat(40 * 1024) });
        return null;
      } catch (error) {
        return String(error);
      }
    });
    expect(thrown, 'track() never throws into the page').toBeNull();
    expect((await tracker.stats()).dropped.oversize).toBe(1);

    await tracker.track(1);
    await tracker.flush();
    expectExactRows(await waitForRows(1), keys(1));
    expect(rows('Oversize Event'), 'rows of the oversize event').toEqual([]);
    expect(faultProxy.sends().filter((s) => s.body.includes('Oversize Event')), 'requests carrying it').toEqual([]);
    expect(rows().map((r) => r.event).filter((e) => e !== 'Engaged Time')).toEqual([EVENT]);
  });
});
