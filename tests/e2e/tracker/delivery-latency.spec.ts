import { expectExactRows, keys } from '../support/expect-rows.js';
import { expect, test } from '../support/fixtures.js';

// Chromium only: the latency is the browser's own (CDP network emulation), on navigations too,
// which neither Firefox over BiDi nor WebKit over WebDriver can emulate.
test.describe('vitrine.track', () => {
  test('sends no event in more than two requests when the page is left right after 20 calls, under 300 ms of latency', async ({
    context,
    page,
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    // Latency on every request of the page, navigations included, as on a slow network: the batch
    // in flight is answered, or cut by the browser, about when the next page arrives, which is
    // when a page hide sent it again (and the next visit a third time). The race is narrow (about
    // one leave in four, in Chromium 2026): 10 rounds.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: -1, uploadThroughput: -1 });
    const rounds = 10;
    const unanswered = () => faultProxy.sends().filter((s) => s.answeredAt === undefined).length;
    await tracker.open(); // flushAt 20: the 20 calls go in one request at once
    for (let round = 0; round < rounds; round++) {
      await tracker.track(20, { tab: `visit ${round}` });
      await tracker.leave();
      await tracker.open();
      // The next visit has sent what was left, so that no round's copies run into the next.
      await expect.poll(() => tracker.storedCount(), { message: 'events left in IndexedDB' }).toBe(0);
      await expect.poll(unanswered, { message: 'requests unanswered' }).toBe(0);
    }
    const rows = await waitForRows(20 * rounds);
    expectExactRows(rows, Array.from({ length: rounds }, (_, round) => keys(20, `visit ${round}`)).flat());
    // Per request that reached the collector, answered or not, as the proxy saw them.
    const sends = faultProxy.allSendsByMessageId();
    const over = rows.filter((r) => (sends.get(r.messageId) ?? 0) > 2).map((r) => `${String(r.properties['tab'])}:${String(r.properties['i'])}`);
    expect(over, 'events in more than two requests').toEqual([]);
  });
});
