import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

/** Every value of a messageId -> count map that is not 1, with its id: `[]` when all are 1. */
const notOnce = (counts: Map<string, number>, ids: string[]): Array<[string, number | undefined]> =>
  ids.map((id): [string, number | undefined] => [id, counts.get(id)]).filter(([, n]) => n !== 1);

test.describe('vitrine.track across reloads and the back/forward cache', EVERY_ENGINE, () => {
  test('delivers 19 events tracked right before a reload, each in at most two requests', async ({ tracker, faultProxy, waitForRows }) => {
    await tracker.open(); // flushAt 20: the 19 calls below wait for a flush, or the page hide
    await tracker.track(19);
    await tracker.tab.reload();
    await tracker.ready();
    const rows = await waitForRows(19);
    expectExactRows(rows, keys(19));
    // The page-hide send's answer dies with the page, so the reloaded page sends them again (at
    // least once delivery; the collector keeps one row per messageId). Never a third time.
    await expect.poll(() => tracker.storedCount(), { message: 'the reloaded page sent what was queued' }).toBe(0);
    const sends = faultProxy.allSendsByMessageId();
    expect(rows.map((r): [string, number | undefined] => [r.messageId, sends.get(r.messageId)]).filter(([, n]) => !n || n > 2), 'messageIds in no request or over two').toEqual([]);
  });

  test('comes back from the back/forward cache still delivering, and leaves nothing behind in IndexedDB', async ({
    tabs,
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    await tracker.open();
    await tracker.tab.evaluate(() => {
      addEventListener('pageshow', (event) => ((window as { restored?: boolean }).restored = event.persisted));
    });
    await tracker.track(5, { tab: 'before' }); // under flushAt: they leave with the page-hide send
    await tracker.leave();
    await tracker.tab.back();
    // A page restored from the cache keeps its state: the listener above saw pageshow.persisted.
    expect(await tracker.tab.evaluate(() => (window as { restored?: boolean }).restored), `restored from the back/forward cache (${tabs.engine})`).toBe(true);
    await tracker.track(5, { tab: 'after' });
    await tracker.flush();

    const rows = await waitForRows(10);
    expectExactRows(rows, [...keys(5, 'before'), ...keys(5, 'after')]);
    // Firefox loses the answer to the page-hide send of a page in the cache: the restored page
    // sends those events again 5 s later (delivery.ts, HIDE_ANSWER_WAIT) rather than never.
    await expect.poll(() => tracker.storedCount(), { message: 'events left in IndexedDB', timeout: 20_000 }).toBe(0);
    const sends = faultProxy.allSendsByMessageId();
    expect(rows.map((r): [string, number | undefined] => [r.messageId, sends.get(r.messageId)]).filter(([, n]) => !n || n > 2), 'messageIds in no request or over two').toEqual([]);
    expect(notOnce(faultProxy.sendsByMessageId(), rows.filter((r) => r.properties['tab'] === 'after').map((r) => r.messageId)), 'events tracked after the restore: answered 2xx other than once').toEqual([]);
  });
});
