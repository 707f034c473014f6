import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '../../../../packages/collector/src/store/create-sqlite-event-store.js';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import type { SqlClient, SqlExecutor } from '../../../../packages/collector/src/sql/sql-client.js';
import { createSqlEventStore } from '../../../../packages/collector/src/store/sql-event-store.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import { rollupTables } from './rollup-tables.js';
import { at, showroomRow } from './showroom-row.js';

let dir: string;
let files = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-rollups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Inserts `batches` one transaction each into a fresh store; resolves with its file and rollups. */
async function ingest(batches: EventRow[][]): Promise<{ path: string; tables: Record<string, unknown[]> }> {
  const path = join(dir, `db-${++files}.sqlite`);
  const store = await createSqliteEventStore(path);
  for (const batch of batches) await store.insertMany(batch);
  await store.close();
  return { path, tables: rollupTables(path) };
}

/** The whole-visit rows: [visitor, start, end, interactions, loads]. */
const visits = (tables: Record<string, unknown[]>): unknown[] =>
  (tables['rollup_visits'] as Record<string, unknown>[])
    .filter((row) => row['showroom_id'] === '*')
    .map(({ visitor, start_ts, end_ts, interactions, loads }) => [visitor, start_ts, end_ts, interactions, loads]);

/**
 * The order events arrive in: as generated (random: late events and merged visits are common),
 * or in time order but for a few that come last (late events into visits already long).
 */
const lateness = fc.option(fc.array(fc.nat(39), { maxLength: 5 }), { nil: undefined });
function arrivalOrder(rows: readonly EventRow[], late: readonly number[] | undefined): EventRow[] {
  if (late === undefined) return [...rows];
  const held = new Set(late.filter((i) => i < rows.length).map((i) => rows[i]!));
  const onTime = rows.filter((row) => !held.has(row)).sort((a, b) => a.timestamp - b.timestamp);
  return [...onTime, ...held];
}

describe('rollups kept at ingest', () => {
  it('change nothing when an event is sent again', async () => {
    const first = [showroomRow('Showroom Loaded', at(0), { messageId: 'a' }), showroomRow('Hotspot Opened', at(1), { messageId: 'b' })];
    const once = await ingest([first]);
    const twice = await ingest([first, first, [first[1]!]]);
    expect(twice.tables).toEqual(once.tables);
  });

  it('merge two visits when a late event fills the gap between them', async () => {
    const { tables } = await ingest([
      [showroomRow('Model Rotated', at(0)), showroomRow('Model Rotated', at(50))],
      [showroomRow('Model Rotated', at(25))],
    ]);
    expect(visits(tables)).toEqual([['v-1', at(0), at(50), 3, 0]]);
  });

  it('extend a visit with a late event before its start', async () => {
    const { tables } = await ingest([[showroomRow('Model Rotated', at(40))], [showroomRow('Showroom Loaded', at(15))]]);
    expect(visits(tables)).toEqual([['v-1', at(15), at(40), 1, 1]]);
  });

  it('keep the channel of the visit’s first event, whichever batch brought it, ties by messageId as a rebuild', async () => {
    const landing = (messageId: string, minute: number, url: string, referrer = ''): EventRow => ({
      ...showroomRow('Showroom Loaded', at(minute), { messageId }),
      context: JSON.stringify({ page: { url, referrer } }),
    });
    const email = 'https://shop.example/?utm_source=news&utm_medium=email';
    const google = ['https://shop.example/', 'https://www.google.com/'] as const;
    const { path, tables } = await ingest([[landing('b', 10, email)], [landing('c', 5, 'https://shop.example/?gclid=1')], [landing('a', 5, ...google)]]);
    const whole = (tables['rollup_visits'] as Record<string, unknown>[]).filter((row) => row['showroom_id'] === '*');
    expect(whole.map(({ channel, source, medium }) => [channel, source, medium])).toEqual([['Organic Search', 'google', 'organic']]);
    const store = await createSqliteEventStore(path);
    await store.rebuildRollups();
    await store.close();
    expect(rollupTables(path)).toEqual(tables);
  });

  it('saturate a visit’s engaged time at 24 h as a rebuild does, batch by batch', async () => {
    const sixHours = (minute: number): EventRow => showroomRow('Engaged Time', at(minute), { ms: 6 * 3_600_000 });
    const incremental = await ingest([[sixHours(0), sixHours(1)], [sixHours(2)], [sixHours(3)], [sixHours(4), sixHours(5)]]);
    const whole = (incremental.tables['rollup_visits'] as Record<string, unknown>[]).find((row) => row['showroom_id'] === '*');
    expect(whole).toMatchObject({ engaged_ms: 86_400_000, engaged_ms_sense: 86_400_000 });
    const store = await createSqliteEventStore(incremental.path);
    await store.rebuildRollups();
    await store.close();
    expect(rollupTables(incremental.path)).toEqual(incremental.tables);
  });

  it('fold late events into a long visit from its stored rollups, reading no stored event', async () => {
    const path = join(dir, 'long.sqlite');
    const client = createSqliteClient(path);
    const statements: string[] = [];
    const recorded = (tx: SqlExecutor): SqlExecutor => ({
      all: (sql, params) => (statements.push(sql), tx.all(sql, params)),
      get: (sql, params) => (statements.push(sql), tx.get(sql, params)),
      run: (sql, params) => (statements.push(sql), tx.run(sql, params)),
    });
    const store = await createSqlEventStore({ ...client, transaction: (work) => client.transaction((tx) => work(recorded(tx))) } satisfies SqlClient);
    await store.insertMany(Array.from({ length: 300 }, (_, i) => showroomRow('Model Rotated', at(i), { messageId: `long-${i}` })));
    await store.insertMany([showroomRow('Showroom Loaded', at(395), { messageId: 'next-visit' })]);
    statements.length = 0;
    // Late into the middle of the 300-minute visit, then three that join it to the next one.
    await store.insertMany([showroomRow('CTA Clicked', at(150), { messageId: 'late' })]);
    await store.insertMany(['320', '345', '370'].map((minute) => showroomRow('Hotspot Opened', at(Number(minute)), { messageId: `join-${minute}` })));
    expect(statements.filter((sql) => /\bFROM events\b/.test(sql))).toEqual([]);
    await store.close();
    const incremental = rollupTables(path);
    expect(visits(incremental)).toEqual([['v-1', at(0), at(395), 304, 1]]);
    const rebuilt = await createSqliteEventStore(path);
    await rebuilt.rebuildRollups();
    await rebuilt.close();
    expect(rollupTables(path)).toEqual(incremental);
  });

  it('equal a rebuild from the raw events, whatever the batches and their order, out-of-bounds values included', async () => {
    // With the shop's cart and order events: an order_id sent by several visitors (the page and a
    // server by userId), orders before or after the visits they are credited to, variants chosen.
    const names = ['Showroom Loaded', 'Showroom Viewed', 'Hotspot Opened', 'Quiz Started', 'Quiz Answered', 'CTA Clicked', 'Story Page Viewed', 'Engaged Time', 'Experiment Viewed', 'Variant Selected', 'Quiz Completed', 'Product Added', 'Order Completed', 'Order Completed'];
    const hours = (h: number): number => h * 3_600_000;
    // Past ROLLUP_BOUNDS too: positions and pages past 20, engaged ms past 6 h per event (and enough
    // 6-h events to pass the visit's 24-h ceiling), experiment maps past 10 keys, ids no config allows.
    const event = fc.record({
      name: fc.constantFrom(...names),
      minute: fc.integer({ min: 0, max: 300 }),
      visitor: fc.constantFrom<string | null>('v-1', 'v-2', 'v-3', null),
      userId: fc.constantFrom<string | null>(null, null, '42', '43'),
      showroom: fc.constantFrom('chair', 'lamp', 'x'.repeat(65)),
      module: fc.constantFrom('sense', 'think', 'act'),
      n: fc.integer({ min: 1, max: 3 }),
      position: fc.constantFrom(1, 2, 3, 20, 21, 100_000),
      ms: fc.constantFrom(1000, hours(6), hours(6), hours(6) + 1, 1e308, 9_223_372_036_854_774_000),
      experiments: fc.constantFrom<Record<string, string>>(
        { 'cta-wording': 'control' },
        { 'cta-wording': 'b', 'Bad Id': 'b' },
        Object.fromEntries(Array.from({ length: 11 }, (_, k) => [`e${k}`, 'a'])),
      ),
      // The landing each event saw: the visit's channel is its first event's, ties broken by messageId.
      context: fc.constantFrom(
        null,
        { page: { url: 'https://shop.example/?utm_source=news&utm_medium=email' } },
        { page: { url: 'https://shop.example/', referrer: 'https://www.google.com/' } },
        { page: { url: 'https://shop.example/?gclid=x' } },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 40 }), fc.boolean(), lateness, async (specs, sizes, resend, late) => {
        const generated = specs.map((s, i) => ({
          ...showroomRow(s.name, at(s.minute), {
            messageId: `m-${i}`,
            visitor: s.visitor,
            // An event needs an anonymousId or a userId.
            userId: s.visitor === null ? (s.userId ?? '42') : s.userId,
            order_id: `o-${s.n}`,
            revenue: s.n * 10,
            products: [{ variant: s.n === 1 ? 'Moss' : 'Sand', price: s.n }],
            variant: s.n === 2 ? 'sand' : 'moss',
            result_id: `r-${s.n}`,
            showroom: s.showroom,
            module: s.module,
            ms: s.ms,
            question: s.position,
            question_id: `q${s.n}`,
            answer_ids: [`a${s.n}`],
            page: s.position,
            experiments: s.experiments,
            source: s.n === 1 ? 'quiz' : 'product',
            experiment_id: 'cta',
            arm_id: s.n === 1 ? 'control' : 'b',
          }),
          context: s.context && JSON.stringify(s.context),
        }));
        const rows = arrivalOrder(generated, late);
        const batches: EventRow[][] = [];
        for (let i = 0, b = 0; i < rows.length; b++) {
          const size = sizes[b % sizes.length]!;
          batches.push(rows.slice(i, i + size));
          i += size;
        }
        if (resend) batches.push(rows.slice(0, 3));
        const incremental = await ingest(batches);
        const store = await createSqliteEventStore(incremental.path);
        await store.rebuildRollups();
        await store.close();
        expect(rollupTables(incremental.path)).toEqual(incremental.tables);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
