import { queryMetrics } from '../metrics/query-metrics.js';
import { lockVisitors } from '../rollups/lock-visitors.js';
import { rebuildRollups, rebuildVisitorRollups } from '../rollups/rebuild-rollups.js';
import { toRollupEvent, VISITOR_KEY_SQL } from '../rollups/rollup-event.js';
import { ROLLUP_TABLES } from '../rollups/rollup-tables.js';
import { updateRollups } from '../rollups/update-rollups.js';
import { visitorKey } from '../rollups/visitor-key.js';
import { EVENT_COLUMNS } from '../sql/event-columns.js';
import type { EventRow } from '../sql/event-row.js';
import type { EventStore } from './event-store.js';
import { migrate } from '../sql/migrate.js';
import type { SqlClient, SqlExecutor, SqlValue } from '../sql/sql-client.js';

const columns = Object.keys(EVENT_COLUMNS) as (keyof typeof EVENT_COLUMNS)[];
const keys = columns.map((column) => EVENT_COLUMNS[column]);
/** Rows per INSERT: 14 parameters each stays far below SQLite's 32,766 and PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 500;
/**
 * Idempotent on messageId within a write key (the unique index events_key, see migration 7):
 * clients retry until they see a 200, so a resend is normal. Many rows per statement, answering
 * the rows actually inserted: one round trip instead of one per row, which on PostgreSQL is most
 * of the cost of ingest.
 */
const insertSql = (rows: number): string =>
  `INSERT INTO events (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')} ON CONFLICT DO NOTHING RETURNING message_id, write_key`;
/** A row's identity: its messageId under its write key (none is '', as in events_key). */
const identity = (messageId: string, writeKey: string | null): string => JSON.stringify([messageId, writeKey ?? '']);
const byIdentity = (a: EventRow, b: EventRow): number => {
  const [x, y] = [identity(a.messageId, a.writeKey), identity(b.messageId, b.writeKey)];
  return x < y ? -1 : x > y ? 1 : 0;
};
const SELECT = `SELECT ${columns.map((column) => `${column} AS "${EVENT_COLUMNS[column]}"`).join(', ')} FROM events`;

/** What a store needs to know of the site besides its database. */
export interface StoreOptions {
  /** Referrer domains that are no source (the shop's other domains, payment providers); the page's own host always. Default: none. */
  referralExclusions?: readonly string[] | undefined;
  /** Days before an order or a cart add within which a showroom touch is credited with it. Default: 30. */
  attributionWindowDays?: number | undefined;
}

/** An EventStore over `client`, its schema migrated first (see migrations.ts). Takes ownership of the client. */
export async function createSqlEventStore(client: SqlClient, { referralExclusions: exclusions = [], attributionWindowDays = 30 }: StoreOptions = {}): Promise<EventStore> {
  const windowMs = attributionWindowDays * 86_400_000;
  await migrate(client, (tx) => rebuildRollups(tx, exclusions, windowMs));

  /** Deletes the events `where` selects and rebuilds the rollups of the visitors they belonged to. */
  const deleteEvents = (where: string, params: readonly SqlValue[]): Promise<number> =>
    client.transaction(async (tx: SqlExecutor) => {
      const visitors = await tx.all<{ visitor: string }>(`SELECT DISTINCT ${VISITOR_KEY_SQL} AS visitor FROM events WHERE ${VISITOR_KEY_SQL} IS NOT NULL AND ${where}`, params);
      const names = visitors.map((row) => row.visitor);
      await lockVisitors(tx, client.dialect, names);
      const { changes } = await tx.run(`DELETE FROM events WHERE ${where}`, params);
      await rebuildVisitorRollups(tx, names, exclusions, windowMs);
      return changes;
    });

  return {
    insertMany: (rows) =>
      client.transaction(async (tx) => {
        const added: EventRow[] = [];
        // On PostgreSQL, in (messageId, write key) order: two transactions inserting the same
        // rows (a resend reaching two collectors) then wait for each other in one order only, and
        // cannot deadlock. SQLite has one writer, so it keeps the order the client sent (its rowids).
        const ordered = client.dialect === 'postgres' ? [...rows].sort(byIdentity) : rows;
        for (let first = 0; first < ordered.length; first += ROWS_PER_INSERT) {
          const chunk = ordered.slice(first, first + ROWS_PER_INSERT);
          const inserted = await tx.all<{ message_id: string; write_key: string | null }>(insertSql(chunk.length), chunk.flatMap((row) => keys.map((key) => row[key])));
          const ids = new Set(inserted.map((row) => identity(row.message_id, row.write_key)));
          // A messageId twice in one group is inserted once: its first copy is the one added.
          for (const row of chunk) if (ids.delete(identity(row.messageId, row.writeKey))) added.push(row);
        }
        const tracked = added.flatMap((row) => {
          const visitor = visitorKey(row.anonymousId, row.userId);
          return visitor === null ? [] : [toRollupEvent({ message_id: row.messageId, visitor, user_id: row.userId, timestamp: row.timestamp, event: row.event, properties: row.properties, context: row.context })];
        });
        await updateRollups(tx, client.dialect, tracked, exclusions, windowMs);
        return added.length;
      }),
    count: async () => (await client.get<{ n: number }>('SELECT count(*) AS n FROM events'))?.n ?? 0,
    recent: (limit, anonymousId) =>
      anonymousId === undefined
        ? client.all<EventRow>(`${SELECT} ORDER BY received_at DESC, timestamp DESC LIMIT ?`, [limit])
        : client.all<EventRow>(`${SELECT} WHERE anonymous_id = ? ORDER BY received_at DESC, timestamp DESC LIMIT ?`, [anonymousId, limit]),
    metrics: (query, context) => queryMetrics(client.reader, query, context),
    rebuildRollups: () =>
      client.transaction(async (tx) => {
        await lockVisitors(tx, client.dialect, []);
        await rebuildRollups(tx, exclusions, windowMs);
      }),
    deleteOlderThan: (cutoff) => deleteEvents('timestamp < ?', [cutoff]),
    deleteVisitor: async (visitor) => {
      const deleted =
        'anonymousId' in visitor
          ? await deleteEvents('anonymous_id = ?', [visitor.anonymousId])
          : // The visitor's other events, before they identified, belong to them too.
            await deleteEvents('(user_id = ? OR anonymous_id IN (SELECT anonymous_id FROM events WHERE user_id = ?))', [visitor.userId, visitor.userId]);
      // An erasure: the rows must not stay readable in the database's files either.
      await client.scrubDeleted(['events', ...ROLLUP_TABLES]);
      return deleted;
    },
    close: () => client.close(),
  };
}
