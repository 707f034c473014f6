import { expect, it } from 'vitest';
import type { HostileCollector } from './hostile-collector.js';
import { describeOnBothDatabases } from './hostile-collector.js';
import { figuresOf, wellFormed } from './well-formed-traffic.js';

const EVENTS = 3_000;
const PER_BATCH = 500;

/** One visit of EVENTS events, one every 6 seconds from 10:00 (five hours). */
const visitEvent = (i: number): Record<string, unknown> =>
  ({ ...wellFormed('v-long', `long-${i}`), event: 'Model Rotated', timestamp: new Date(Date.UTC(2024, 4, 1, 10) + i * 6_000).toISOString() });

async function sendAll(collector: HostileCollector, messages: Record<string, unknown>[]): Promise<void> {
  for (let first = 0; first < messages.length; first += PER_BATCH) {
    const { status } = await collector.send({ batch: messages.slice(first, first + PER_BATCH) });
    if (status !== 200) throw new Error(`a batch answered ${status}`);
  }
}

/** Every rollup row of the visit, as the collector stores them. */
const visitRows = (collector: HostileCollector) =>
  collector.query('SELECT showroom_id, start_ts, end_ts, bucket, prev_start, next_start, loads, views, interactions, cta FROM rollup_visits ORDER BY start_ts, showroom_id');

/** Finding 4: a late event rebuilt its whole visit from the stored events. */
describeOnBothDatabases('a late event into a long visit', (start) => {
  it('gives the same figures and rollups as the same events sent in time order', async () => {
    const all = Array.from({ length: EVENTS }, (_, i) => visitEvent(i));
    const late: Record<string, unknown>[] = [{ ...visitEvent(1_500.5), messageId: 'late-cta', event: 'CTA Clicked' }];
    // A second visit, 40 minutes after the long one ends, and the two late events that join them.
    const next: Record<string, unknown> = { ...visitEvent(EVENTS + 400), messageId: 'next' };
    const bridge: Record<string, unknown>[] = [{ ...visitEvent(EVENTS + 200), messageId: 'bridge-1' }, { ...visitEvent(EVENTS + 100), messageId: 'bridge-2' }];

    const collector = await start();
    await sendAll(collector, [...all, next]);
    expect((await collector.send({ batch: late })).status).toBe(200);
    expect((await collector.send({ batch: bridge })).status).toBe(200);

    const inOrder = await start();
    await sendAll(inOrder, [...all, ...late, ...bridge, next].sort((a, b) => String(a['timestamp']).localeCompare(String(b['timestamp']))));

    expect(await visitRows(collector)).toEqual(await visitRows(inOrder));
    expect((await visitRows(collector)).length).toBe(2); // one visit: its showroom row and its '*' row
    expect(await figuresOf(collector)).toBe(await figuresOf(inOrder));
  }, 120_000);
});
