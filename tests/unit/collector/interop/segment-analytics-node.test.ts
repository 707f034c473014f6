import { Analytics } from '@segment/analytics-node';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../../../packages/contracts/src/index.js';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';
import { SHOWROOM, VISIT } from './sdk-events.js';

// Segment's own Node SDK, with its default settings, pointed at a real collector.
let collector: TestCollector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('@segment/analytics-node against the collector', () => {
  it('stores every event, by anonymousId and by userId alone, and counts both visitors in /api/metrics', async () => {
    collector = await startTestCollector({ writeKeys: ['segment-key'] });
    const analytics = new Analytics({ writeKey: 'segment-key', host: collector.url });
    const errors: unknown[] = [];
    analytics.on('error', (error) => errors.push(error));
    for (const [event, properties] of VISIT) analytics.track({ anonymousId: 'anon-1', event, properties });
    // A server that knows the shopper's account only: no anonymousId at all.
    for (const [event, properties] of VISIT.slice(0, 2)) analytics.track({ userId: 'customer-7', event, properties });
    analytics.identify({ userId: 'customer-7', traits: { plan: 'gold' } });
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(errors).toEqual([]);

    const rows = collector.rows();
    expect(rows.map((row) => [row['type'], row['event'], row['anonymous_id'], row['user_id'], row['write_key']])).toEqual([
      ['track', 'Showroom Loaded', 'anon-1', null, 'segment-key'],
      ['track', 'Showroom Viewed', 'anon-1', null, 'segment-key'],
      ['track', 'Hotspot Opened', 'anon-1', null, 'segment-key'],
      ['track', 'Showroom Loaded', null, 'customer-7', 'segment-key'],
      ['track', 'Showroom Viewed', null, 'customer-7', 'segment-key'],
      ['identify', null, null, 'customer-7', 'segment-key'],
    ]);
    // The SDK's own messageIds and timestamps are kept.
    expect(rows.every((row) => typeof row['message_id'] === 'string' && !String(row['message_id']).startsWith('vitrine-'))).toBe(true);
    expect(rows.every((row) => typeof row['original_timestamp'] === 'string')).toBe(true);

    const metrics = (await (await collector.adminGet(`/api/metrics?showroom=${SHOWROOM}`)).json()) as MetricsResult;
    expect(metrics.indicators).toMatchObject({ visits: 2, visitors: 2, loads: 2, interactions: 1 });
    expect(metrics.counts.hotspotsOpened).toBe(1);
  });
});
