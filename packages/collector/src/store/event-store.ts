import type { EventRow } from './event-row.js';

/**
 * Where events are kept. SQLite implements it now (`createSqliteEventStore`); a PostgreSQL
 * adapter can implement it later, hence promises even where SQLite is synchronous.
 */
export interface EventStore {
  /** Stores rows in one transaction, skipping any whose messageId is already stored; resolves with the number added. */
  insertMany(rows: readonly EventRow[]): Promise<number>;
  /** Number of stored events. */
  count(): Promise<number>;
  /** The `limit` most recently received events, newest first. */
  recent(limit: number): Promise<EventRow[]>;
  /** Closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
