import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe('tracker.iife.js on a page', EVERY_ENGINE, () => {
  test('replays, in order, the calls the one-line stub queued before the script loaded', async ({ tabs, site, faultProxy, waitForRows, rows }) => {
    const page = tabs.first;
    await page.goto(`${site.url}/stub.html?endpoint=${encodeURIComponent(`${faultProxy.url}/v1/batch`)}`);
    expect(await page.evaluate(() => (window as { queuedBeforeLoad?: number }).queuedBeforeLoad), 'calls queued by the stub').toBe(7);
    const tracked = await waitForRows(5);
    expectExactRows(tracked, keys(5));
    expect(tracked.map((row) => row.properties.i), 'stored in the order they were called').toEqual([0, 1, 2, 3, 4]);
    const identify = await expect.poll(() => rows().filter((row) => row.type === 'identify')).toHaveLength(1).then(() => rows().find((row) => row.type === 'identify')!);
    expect(identify.userId).toBe('user-42');
    expect(tracked[0]!.userId, 'identify() replayed before the later calls').toBe(null);
    expect(tracked.filter((row) => row.properties.i !== 0).every((row) => row.userId === 'user-42')).toBe(true);
  });

  test('initialises itself from data- attributes on its script tag', async ({ tabs, site, faultProxy, waitForRows }) => {
    const page = tabs.first;
    const query = new URLSearchParams({ endpoint: `${faultProxy.url}/v1/batch`, 'write-key': 'wk_from_tag', 'flush-at': '3' });
    await page.goto(`${site.url}/script-tag.html?${query.toString()}`);
    await page.waitFor(() => !!window.vitrine?.ready);
    await page.evaluate(async () => {
      await window.vitrine.ready;
      for (let i = 0; i < 3; i++) window.vitrine.track('Test Item Tracked', { i });
    });
    const tracked = await waitForRows(3);
    expectExactRows(tracked, keys(3));
    expect(new Set(tracked.map((row) => row.writeKey))).toEqual(new Set(['wk_from_tag']));
  });

  test('reports bad options once, with a coded message, and never throws into the page', async ({ tabs, site, pageErrors }) => {
    const page = tabs.first;
    await page.goto(`${site.url}/script-tag.html?endpoint=${encodeURIComponent('ftp://collector.example/v1/batch')}`);
    await expect.poll(() => pageErrors.length).toBe(1);
    expect(pageErrors[0]).toContain('[vitrine:bad-option] endpoint');
    expect(pageErrors[0]).toContain('ftp://collector.example/v1/batch');
    const thrown = await page.evaluate(() => {
      try {
        window.vitrine.track('After Bad Setup', {});
        return null;
      } catch (error) {
        return String(error);
      }
    });
    expect(thrown).toBeNull();
    pageErrors.splice(0); // the one expected setup error
  });

  test('redacts email addresses and phone numbers in properties before they leave the page', async ({ tracker, waitForRows }) => {
    await tracker.open({ flushAt: 1 });
    await tracker.track(1, { email: 'jane.doe@example.com', note: 'call me on +44 20 7946 0958', sku: 'ASTER-01' });
    const [row] = await waitForRows(1);
    expect(row!.properties).toMatchObject({ email: '[redacted]', note: 'call me on [redacted]', sku: 'ASTER-01' });
  });

  test('drops and counts a batch the endpoint refuses with a 400, and keeps delivering', async ({ tracker, faultProxy, waitForRows }) => {
    await tracker.open({ flushAt: 5, flushInterval: 100 });
    faultProxy.failNext(1, 400);
    await tracker.track(5, { first: true });
    await expect.poll(async () => (await tracker.stats()).dropped.rejected).toBe(5);
    await tracker.track(3);
    const tracked = await waitForRows(3);
    expect(tracked.every((row) => row.properties.first === undefined), 'the refused batch is not re-sent').toBe(true);
    expect((await tracker.stats()).retries).toBe(0);
  });

  test('puts every event of a visit in one session, and starts a new one after reset()', async ({ tracker, waitForRows }) => {
    await tracker.open({ flushAt: 1 });
    await tracker.track(2);
    const before = await tracker.tab.evaluate(() => window.vitrine.user());
    await tracker.tab.evaluate(() => window.vitrine.reset());
    await tracker.track(1, { after: true });
    const tracked = await waitForRows(3);
    const sessions = (rows: typeof tracked) => new Set(rows.map((row) => row.sessionId));
    const [old, fresh] = [tracked.filter((r) => !r.properties.after), tracked.filter((r) => r.properties.after)];
    expect(sessions(old).size).toBe(1);
    expect([...sessions(old)][0]).toBe(String(before.sessionId));
    expect(sessions(fresh)).not.toEqual(sessions(old));
    expect(new Set(old.map((r) => r.anonymousId))).toEqual(new Set([before.anonymousId]));
    expect(fresh[0]!.anonymousId).not.toBe(before.anonymousId);
  });
});
