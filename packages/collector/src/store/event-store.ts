import type { MetricsContext } from '../metrics/metrics-context.js';
import type { MetricsQuery, MetricsResult } from '@vitrine/contracts';
import type { EventRow } from '../sql/event-row.js';
import type { VisitorRef } from './visitor-ref.js';

/**
 * Where events and their rollups are kept: `createSqlEventStore` over any SqlClient (SQLite by
 * default, PostgreSQL for several collectors).
 */
export interface EventStore {
  /**
   * Stores rows in one transaction, skipping any whose messageId is already stored under the same
   * write key (or, without one, without one), and updates the rollups with the rows actually
   * added; resolves with their number.
   */
  insertMany(rows: readonly EventRow[]): Promise<number>;
  /** Number of stored events. */
  count(): Promise<number>;
  /** The `limit` most recently received events, newest first; only `anonymousId`'s when given (the demo page shows its own browser's). */
  recent(limit: number, anonymousId?: string): Promise<EventRow[]>;
  /** The figures of `GET /api/metrics`, from the rollups. */
  metrics(query: MetricsQuery, context: MetricsContext): Promise<MetricsResult>;
  /** Builds every rollup again from the raw events. */
  rebuildRollups(): Promise<void>;
  /** Deletes events that happened before `cutoff` (ms since the epoch) and updates the rollups; resolves with the events deleted. */
  deleteOlderThan(cutoff: number): Promise<number>;
  /**
   * Deletes one visitor's events and rollups, then scrubs what the database files keep of them
   * (SqlClient.scrubDeleted); resolves with the events deleted.
   */
  deleteVisitor(visitor: VisitorRef): Promise<number>;
  /** Closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
