import Analytics from '@rudderstack/rudder-sdk-node';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../../../packages/contracts/src/index.js';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';
import { SHOWROOM, VISIT } from './sdk-events.js';

// RudderStack's Node SDK, with its default settings (gzip on), pointed at a real collector.
let collector: TestCollector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('@rudderstack/rudder-sdk-node against the collector', () => {
  it('stores every gzipped event with its originalTimestamp as the event time, and counts both visitors in /api/metrics', async () => {
    collector = await startTestCollector({ writeKeys: ['rudder-key'] });
    const client = new Analytics('rudder-key', { dataPlaneUrl: collector.url });
    // An hour ago on the client's clock: RudderStack sends it as originalTimestamp, with no timestamp.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    // (The SDK keeps an originalTimestamp it is given; its types do not list the field.)
    for (const [event, properties] of VISIT) {
      const message = { anonymousId: 'anon-1', event, properties: { ...properties }, originalTimestamp: anHourAgo };
      client.track(message);
    }
    // A numeric userId, and no anonymousId.
    for (const [event, properties] of VISIT.slice(0, 2)) client.track({ userId: 42 as unknown as string, event, properties: { ...properties } });
    await client.flush();

    const rows = collector.rows();
    expect(rows.map((row) => [row['type'], row['event'], row['anonymous_id'], row['user_id'], row['write_key']])).toEqual([
      ['track', 'Showroom Loaded', 'anon-1', null, 'rudder-key'],
      ['track', 'Showroom Viewed', 'anon-1', null, 'rudder-key'],
      ['track', 'Hotspot Opened', 'anon-1', null, 'rudder-key'],
      ['track', 'Showroom Loaded', null, '42', 'rudder-key'],
      ['track', 'Showroom Viewed', null, '42', 'rudder-key'],
    ]);
    const first = rows[0]!;
    expect(first['original_timestamp']).toBe(anHourAgo.toISOString());
    // Skew-corrected against sentAt, so within the time the test took of an hour before arrival.
    expect(Number(first['received_at']) - Number(first['timestamp'])).toBeGreaterThan(3_540_000);

    const metrics = (await (await collector.adminGet(`/api/metrics?showroom=${SHOWROOM}`)).json()) as MetricsResult;
    expect(metrics.indicators).toMatchObject({ visits: 2, visitors: 2, loads: 2, interactions: 1 });
  });
});
