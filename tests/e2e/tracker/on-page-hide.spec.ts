import { Buffer } from 'node:buffer';
import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe('vitrine.track at page hide', EVERY_ENGINE, () => {
  test('delivers 20 events tracked right before navigating away, at the latest on the next visit', async ({ tracker, waitForRows }) => {
    await tracker.open();
    await tracker.track(20);
    await tracker.leave();
    await tracker.open();
    expectExactRows(await waitForRows(20), keys(20));
  });

  test('sends over 64 KB queued at page hide as text/plain chunks without a preflight, the rest on the next visit', async ({
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    const idle = { flushAt: 10_000, flushInterval: 600_000 }; // nothing leaves before page hide
    await tracker.open(idle);
    // The init-time flush (for events an earlier page left) sends whatever is queued when it
    // reads the queue; let it finish on the empty queue first.
    await tracker.flush();
    await tracker.track(150, { pad: 'x'.repeat(1_000) });
    await expect.poll(async () => (await tracker.stats()).stored, { message: '150 events stored' }).toBe(150);
    expect(faultProxy.sends(), 'requests before page hide').toEqual([]);

    await tracker.leave();
    await expect.poll(() => faultProxy.sends().length, { message: 'a request sent at page hide' }).toBeGreaterThan(0);
    for (const send of faultProxy.sends()) {
      expect(Buffer.byteLength(send.body), 'bytes of a page-hide request').toBeLessThan(60 * 1024);
    }

    await tracker.open(idle);
    expectExactRows(await waitForRows(150), keys(150));
    expect(faultProxy.preflights(), 'CORS preflights').toBe(0);
    expect(new Set(faultProxy.sends().map((s) => s.contentType?.split(';')[0])), 'content types').toEqual(new Set(['text/plain']));
  });
});
