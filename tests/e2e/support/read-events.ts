import Database from 'better-sqlite3';
import type { EventRow as StoredRow } from '../../../packages/collector/src/index.js';

/** One row of the collector's `events` table (its own EventRow), JSON columns parsed. */
export type EventRow = Omit<StoredRow, 'originalTimestamp' | 'sentAt' | 'properties' | 'context' | 'json'> & {
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
};

interface RawRow {
  message_id: string;
  type: string;
  event: string | null;
  anonymous_id: string | null;
  user_id: string | null;
  session_id: string | null;
  write_key: string | null;
  timestamp: number;
  received_at: number;
  properties: string | null;
  context: string | null;
}

/**
 * The rows the collector stored in its SQLite file, in the order it stored them; only those named `event` when
 * given. None while the file or the table does not exist yet (the collector may create them lazily).
 */
export function readEvents(dbPath: string, event?: string): EventRow[] {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
  } catch {
    return [];
  }
  try {
    const sql =
      'SELECT message_id, type, event, anonymous_id, user_id, session_id, write_key, timestamp, received_at, properties, context ' +
      `FROM events ${event === undefined ? '' : 'WHERE event = ?'} ORDER BY received_at, rowid`;
    const statement = db.prepare<unknown[], RawRow>(sql);
    const raw = event === undefined ? statement.all() : statement.all(event);
    return raw.map((r) => ({
      messageId: r.message_id,
      type: r.type,
      event: r.event,
      anonymousId: r.anonymous_id,
      userId: r.user_id,
      sessionId: r.session_id,
      writeKey: r.write_key,
      timestamp: r.timestamp,
      receivedAt: r.received_at,
      properties: JSON.parse(r.properties ?? '{}') as Record<string, unknown>,
      context: JSON.parse(r.context ?? '{}') as Record<string, unknown>,
    }));
  } catch (error) {
    if (error instanceof Error && /no such table: events/.test(error.message)) return [];
    throw error;
  } finally {
    db.close();
  }
}
