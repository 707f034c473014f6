import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe('vitrine.track in several tabs', EVERY_ENGINE, () => {
  for (const count of [2, 5]) {
    test(`sends the events of ${count} tabs tracking at once, each messageId in exactly one request`, async ({
      tabs,
      trackerOn,
      faultProxy,
      waitForRows,
    }) => {
      const pages = await Promise.all(Array.from({ length: count }, async () => trackerOn(await tabs.open())));
      await Promise.all(pages.map((p) => p.open()));
      await Promise.all(pages.map((p, t) => p.track(100, { tab: `t${t}` })));

      const rows = await waitForRows(count * 100, { timeout: 25_000 });
      expectExactRows(rows, pages.flatMap((_, t) => keys(100, `t${t}`)));
      const sends = faultProxy.allSendsByMessageId();
      expect(rows.filter((r) => !sends.has(r.messageId)), 'rows the faultProxy never saw').toEqual([]);
      expect([...sends].filter(([, n]) => n !== 1), 'messageIds in more than one POST').toEqual([]);
    });
  }
});
