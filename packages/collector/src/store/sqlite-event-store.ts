import type { EventRow } from './event-row.js';
import type { EventStore } from './event-store.js';
import { openSqliteDb } from './sqlite-db.js';

// Column order shared by the insert and the reads; the names are the table's, the keys EventRow's.
const COLUMNS = {
  message_id: 'messageId',
  type: 'type',
  event: 'event',
  anonymous_id: 'anonymousId',
  user_id: 'userId',
  session_id: 'sessionId',
  write_key: 'writeKey',
  timestamp: 'timestamp',
  original_timestamp: 'originalTimestamp',
  sent_at: 'sentAt',
  received_at: 'receivedAt',
  properties: 'properties',
  context: 'context',
  json: 'json',
} as const satisfies Record<string, keyof EventRow>;

const names = Object.keys(COLUMNS).join(', ');
const params = Object.values(COLUMNS).map((key) => `@${key}`).join(', ');
const aliases = Object.entries(COLUMNS).map(([column, key]) => `${column} AS ${key}`).join(', ');

/** An EventStore in the SQLite file at `path` (see sqlite-db.ts for the schema). */
export function createSqliteEventStore(path: string): EventStore {
  const db = openSqliteDb(path);
  // Idempotent on messageId: clients retry until they see a 200, so a resend is normal.
  const insert = db.prepare<EventRow>(`INSERT INTO events (${names}) VALUES (${params}) ON CONFLICT(message_id) DO NOTHING`);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events');
  const recent = db.prepare<[number], EventRow>(
    `SELECT ${aliases} FROM events ORDER BY received_at DESC, rowid DESC LIMIT ?`,
  );
  const insertMany = db.transaction((rows: readonly EventRow[]) => {
    let added = 0;
    for (const row of rows) added += insert.run(row).changes;
    return added;
  });

  return {
    insertMany: async (rows) => insertMany(rows),
    count: async () => count.get()?.n ?? 0,
    recent: async (limit) => recent.all(limit),
    close: async () => {
      db.close();
    },
  };
}
