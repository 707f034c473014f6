import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Collector } from '../../../packages/collector/src/collector.js';
import { startCollector } from '../../../packages/collector/src/start-collector.js';
import { createPostgresClient } from '../../../packages/collector/src/sql/postgres-client.js';
import { createPostgresEventStore } from '../../../packages/collector/src/store/create-postgres-event-store.js';
import { createSqliteEventStore } from '../../../packages/collector/src/store/create-sqlite-event-store.js';
import type { MetricsQuery } from '../../../packages/contracts/src/index.js';
import { createTestDatabase, describePostgres } from '../support/test-postgres.js';

const DAY_START = Date.UTC(2024, 4, 1, 10);
const VISITORS = 12;
const EVENTS_PER_VISITOR = 20;
const SCRIPT = ['Showroom Loaded', 'Showroom Viewed', 'Model Rotated', 'Hotspot Opened', 'Engaged Time'];

/** Visitor `v`'s n-th message, as the tracker sends it: a visit every 10 events, an hour apart. */
function message(v: number, n: number): Record<string, unknown> {
  const timestamp = new Date(DAY_START + v * 60_000 + Math.floor(n / 10) * 3_600_000 + (n % 10) * 1_000).toISOString();
  const event = SCRIPT[n % SCRIPT.length]!;
  return {
    messageId: `v${v}-m${n}`,
    type: 'track',
    event,
    anonymousId: `visitor-${v}`,
    timestamp,
    properties: { showroom_id: 'chair', module: 'sense', experiments: {}, ...(event === 'Engaged Time' ? { ms: 1_000 } : {}) },
    context: { sessionId: `s-${v}` },
  };
}

const post = async (collector: Collector, batch: Record<string, unknown>[]): Promise<number> => {
  const res = await fetch(`${collector.url}/v1/batch`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ batch }) });
  return res.status;
};

describePostgres('several collectors on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-pg-collectors-'));
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('store each event once and keep the rollups right when the same batches reach them all at once', { timeout: 60_000 }, async () => {
    const logged: string[] = [];
    // Three processes' worth of collectors, started together: they also race to migrate the schema.
    const collectors = await Promise.all(
      [1, 2, 3].map(() => startCollector({ dataDir, database: database.url, port: 0, rateLimit: false, log: (line) => logged.push(line) })),
    );
    try {
      expect(collectors[0]!.dbPath).toBe(database.url);
      const all = Array.from({ length: VISITORS }, (_, v) => Array.from({ length: EVENTS_PER_VISITOR }, (_, n) => message(v, n)));
      // Every visitor's events in overlapping batches (0-9, 5-14, 10-19), all posted to every
      // collector at the same moment, each collector taking them in another order (and the second
      // with each batch reversed): the same messageIds race on three connections.
      const batches = all.flatMap((events) => [events.slice(0, 10), events.slice(5, 15), events.slice(10, 20)]);
      const orders = [batches, [...batches].reverse().map((batch) => [...batch].reverse()), batches.map((_, i) => batches[(i * 7) % batches.length]!)];
      const posts = collectors.flatMap((collector, c) => orders[c]!.map((batch) => post(collector, batch)));
      const statuses = await Promise.all(posts);
      expect(logged).toEqual([]); // no deadlock, no failed transaction
      expect(statuses.every((status) => status === 200)).toBe(true);
    } finally {
      await Promise.all(collectors.map((collector) => collector.close()));
    }

    const client = createPostgresClient(database.url);
    expect(await client.get('SELECT count(*) AS n, count(DISTINCT message_id) AS d FROM events')).toEqual({ n: VISITORS * EVENTS_PER_VISITOR, d: VISITORS * EVENTS_PER_VISITOR });
    await client.close();

    // The rollups the racing writers kept must equal those of one writer given each event once.
    const query: MetricsQuery = { from: '2024-05-01', to: '2024-05-01', tz: 'UTC' };
    const context = { now: DAY_START + 86_400_000, experimentDesign: () => undefined };
    const shared = await createPostgresEventStore(database.url);
    const raced = await shared.metrics(query, context);
    await shared.rebuildRollups();
    const rebuilt = await shared.metrics(query, context);
    await shared.close();
    const referenceCollector = await startCollector({ dataDir: join(dataDir, 'reference'), port: 0, rateLimit: false });
    for (let v = 0; v < VISITORS; v++) await post(referenceCollector, Array.from({ length: EVENTS_PER_VISITOR }, (_, n) => message(v, n)));
    await referenceCollector.close();
    const single = await createSqliteEventStore(referenceCollector.dbPath);
    const expected = await single.metrics(query, context);
    await single.close();

    expect(raced).toEqual(rebuilt);
    expect(raced).toEqual(expected);
    // Hand-checked: 2 visits per visitor (events 0-9 and 10-19, an hour apart), each with 2 loads,
    // 2 views, 4 interactions (2 rotations, 2 hotspots) and 2 s of engaged time.
    expect(raced.indicators).toMatchObject({ visits: 24, visitors: 12, loads: 48, views: 48, interactions: 96, engagedMs: 48_000 });
  });
});
