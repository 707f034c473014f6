import { Buffer } from 'node:buffer';
import { expectExactRows, keys } from '../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe("vitrine.init({ writeKeyAs: 'basic' })", EVERY_ENGINE, () => {
  test('sends the write key as Basic auth while the page lives and as ?writeKey= at page hide', async ({
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    const writeKey = 'wk_basic';
    const options = { writeKey, writeKeyAs: 'basic', flushAt: 5, flushInterval: 600_000 };
    await tracker.open(options);
    await tracker.track(5, { tab: 'alive' }); // flushAt: sent at once
    await waitForRows(5);
    await tracker.track(3, { tab: 'hide' }); // under flushAt: waits for page hide
    await expect.poll(async () => (await tracker.stats()).stored).toBe(8);
    await tracker.leave();
    await expect.poll(() => faultProxy.sends().filter((s) => s.url.includes('writeKey=')).length, { message: 'a page-hide request' }).toBeGreaterThan(0);

    await tracker.open(options);
    const rows = await waitForRows(8);
    expectExactRows(rows, [...keys(5, 'alive'), ...keys(3, 'hide')]);
    expect(new Set(rows.map((r) => r.writeKey)), 'write keys stored').toEqual(new Set([writeKey]));

    const basic = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
    const [hideSend] = faultProxy.sends().filter((s) => s.url.includes('writeKey='));
    expect(hideSend?.url).toBe(`/v1/batch?writeKey=${writeKey}`);
    expect(hideSend?.authorization, 'page-hide requests carry no header').toBeUndefined();
    const hideIds = rows.filter((r) => r.properties['tab'] === 'hide').map((r) => r.messageId);
    expect(hideSend?.messageIds, 'the events left at page hide').toEqual(expect.arrayContaining(hideIds));
    const aliveSends = faultProxy.sends().filter((s) => !s.url.includes('writeKey='));
    expect(aliveSends.length).toBeGreaterThan(0);
    for (const send of aliveSends) {
      expect(send.authorization).toBe(basic);
      expect(JSON.parse(send.body), 'no write key in the body').not.toHaveProperty('writeKey');
    }
  });
});

test.describe("vitrine.init({ writeKeyAs: 'basic', hideEndpoint })", EVERY_ENGINE, () => {
  test('sends page-hide requests to RudderStack’s beacon route with ?writeKey=, and the others to the endpoint', async ({
    tracker,
    faultProxy,
    waitForRows,
  }) => {
    const writeKey = 'wk_beacon';
    const options = { writeKey, writeKeyAs: 'basic', hideEndpoint: `${faultProxy.url}/beacon/v1/batch`, flushAt: 4, flushInterval: 600_000 };
    await tracker.open(options);
    await tracker.track(4, { tab: 'alive' });
    await waitForRows(4);
    await tracker.track(2, { tab: 'hide' });
    await expect.poll(async () => (await tracker.stats()).stored).toBe(6);
    await tracker.leave();
    const beacons = () => faultProxy.sends().filter((s) => s.url.startsWith('/beacon/'));
    await expect.poll(() => beacons().length, { message: 'a page-hide request on the beacon route' }).toBeGreaterThan(0);

    const rows = await waitForRows(6);
    expectExactRows(rows, [...keys(4, 'alive'), ...keys(2, 'hide')]);
    expect(new Set(rows.map((r) => r.writeKey)), 'write keys stored').toEqual(new Set([writeKey]));
    const [beacon] = beacons();
    expect(beacon?.url).toBe(`/beacon/v1/batch?writeKey=${writeKey}`);
    await expect.poll(() => beacon?.status, { message: 'the collector took it' }).toBe(200);
    expect(beacon?.messageIds, 'the events left at page hide').toEqual(expect.arrayContaining(rows.filter((r) => r.properties['tab'] === 'hide').map((r) => r.messageId)));
    const others = faultProxy.sends().filter((s) => !s.url.startsWith('/beacon/'));
    expect(others.length).toBeGreaterThan(0);
    for (const send of others) {
      expect(send.url).toBe('/v1/batch');
      expect(send.authorization).toBe(`Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`);
    }
  });
});
