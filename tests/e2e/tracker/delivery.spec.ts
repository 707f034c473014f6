import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';
import type { ProxiedRequest } from '../support/fault-proxy.js';

/** Every value of a messageId -> count map that is not 1, with its id: `[]` when all are 1. */
const notOnce = (counts: Map<string, number>, ids: string[]): Array<[string, number | undefined]> =>
  ids.map((id): [string, number | undefined] => [id, counts.get(id)]).filter(([, n]) => n !== 1);

test.describe('vitrine.track', EVERY_ENGINE, () => {
  test('delivers a burst of 1,000 calls made in one task, in at most 5 requests', async ({ tracker, faultProxy, waitForRows }) => {
    await tracker.open();
    await tracker.track(1_000);
    const rows = await waitForRows(1_000, { timeout: 25_000 });
    expectExactRows(rows, keys(1_000));
    expect(faultProxy.sends().length, 'POSTs for 1,000 events').toBeLessThanOrEqual(5);
  });

  test('sends 50 events tracked offline in a page since closed within 15 s of the next visit, with no new call', async ({
    tabs,
    site,
    tracker,
    trackerOn,
    faultProxy,
    waitForRows,
  }) => {
    // WebKit under WebDriver has no network emulation: there the page is told it is offline, as the
    // browser would tell it, and the next assertion checks that it sent nothing meanwhile.
    const { setOffline = async () => {} } = tabs;
    const online = tabs.setOffline ? () => {} : site.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }));
    await tracker.open();
    await setOffline(true);
    await tracker.track(50);
    await expect.poll(() => tracker.storedCount(), { message: '50 events in IndexedDB' }).toBe(50);
    const nextTab = await tabs.open(); // first: WebDriver ends the session with its last tab
    await tracker.tab.close();
    expect(faultProxy.sends(), 'requests that reached the network while offline').toEqual([]);
    await setOffline(false);
    online();

    const next = trackerOn(nextTab);
    await next.open();
    expectExactRows(await waitForRows(50, { timeout: 15_000 }), keys(50));
  });

  test('honours Retry-After when the first three requests get a 503, and gets a 2xx once per messageId', async ({
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    faultProxy.failNext(3, 503, { 'Retry-After': '1' });
    await tracker.open();
    await tracker.track(100);
    const rows = await waitForRows(100, { timeout: 30_000 });
    expectExactRows(rows, keys(100));
    const ids = rows.map((r) => r.messageId);
    // Polled: the rows are in SQLite a moment before the collector's answer reaches the proxy.
    await expect.poll(() => notOnce(faultProxy.sendsByMessageId(), ids), { message: 'messageIds answered 2xx other than once' }).toEqual([]);

    // A retry is a POST carrying a messageId of an earlier 503: it must come >= ~1 s after that answer.
    const sends = faultProxy.sends();
    const failed = sends.filter((s) => s.fate === 'failed');
    expect(failed.map((s) => s.status)).toEqual([503, 503, 503]);
    const gaps: number[] = [];
    for (const send of sends) {
      const previous = lastFailureSharingIds(failed, send);
      if (previous) gaps.push(Math.round(send.receivedAt - (previous.answeredAt ?? Infinity)));
    }
    expect(gaps.length, 'retries of the 503ed events').toBeGreaterThanOrEqual(3);
    for (const gap of gaps) expect(gap, `ms between a 503 with Retry-After: 1 and its retry (all: ${gaps.join(', ')})`).toBeGreaterThanOrEqual(950);
  });

  test('waits out a Retry-After of 3 s exactly though the page tracks new events during it', async ({ tracker, faultProxy, waitForRows }) => {
    faultProxy.failNext(1, 503, { 'Retry-After': '3' });
    await tracker.open();
    await tracker.track(20, { tab: 'first' });
    await expect.poll(() => faultProxy.sends().filter((s) => s.fate === 'failed').length, { message: 'the 503' }).toBe(1);
    // New events every 300 ms: each would probe during a backoff of the tracker's own.
    for (let n = 0; n < 8; n++) {
      await tracker.track(1, { tab: `late ${n}` });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const rows = await waitForRows(28);
    expectExactRows(rows, [...keys(20, 'first'), ...Array.from({ length: 8 }, (_, n) => `late ${n}:0`)]);
    const [failed, ...after] = faultProxy.sends();
    const gap = Math.round((after[0]?.receivedAt ?? 0) - (failed?.answeredAt ?? Infinity));
    expect(gap, 'ms between the 503 with Retry-After: 3 and the next request').toBeGreaterThanOrEqual(2_950);
  });

  test('delivers every event of a batch in flight when its page closed, once, on the next visit', async ({
    tabs,
    tracker,
    trackerOn,
    faultProxy,
    waitForRows,
  }) => {
    await tracker.open(); // flushAt 20: the 20 calls below go in one request at once
    faultProxy.hold();
    await tracker.track(20);
    await expect.poll(() => faultProxy.held().filter((r) => r.method === 'POST').length, { message: 'a batch held in flight' }).toBeGreaterThan(0);
    const nextTab = await tabs.open(); // first: WebDriver ends the session with its last tab
    await tracker.tab.close();
    faultProxy.release();

    const next = trackerOn(nextTab);
    await next.open();
    const rows = await waitForRows(20);
    expectExactRows(rows, keys(20));
    // Polled: the rows are in SQLite a moment before the collector's answer reaches the proxy.
    await expect
      .poll(() => notOnce(faultProxy.sendsByMessageId(), rows.map((r) => r.messageId)), { message: 'messageIds answered 2xx other than once' })
      .toEqual([]);
  });
});

/** The last 503ed request before `send` that carried one of its messageIds. */
function lastFailureSharingIds(failed: ProxiedRequest[], send: ProxiedRequest): ProxiedRequest | undefined {
  const ids = new Set(send.messageIds);
  return failed
    .filter((f) => f !== send && (f.answeredAt ?? Infinity) <= send.receivedAt && f.messageIds.some((id) => ids.has(id)))
    .at(-1);
}
