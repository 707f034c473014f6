import { EVENT_COLUMNS } from '../store/event-columns.js';
import type { EventRow } from '../store/event-row.js';
import type { SqlExecutor } from '../store/sql-client.js';

const SELECT = `SELECT ${Object.entries(EVENT_COLUMNS).map(([column, key]) => `${column} AS "${key}"`).join(', ')} FROM events`;

/**
 * The `limit` events of one visitor most recently received, newest first: what the demo page shows
 * its own browser. A demo-only read, so it stays beside the demo rather than in EventStore; it
 * uses the `events_anonymous_id` index.
 */
export function recentEventsOf(sql: SqlExecutor, anonymousId: string, limit: number): Promise<EventRow[]> {
  return sql.all<EventRow>(`${SELECT} WHERE anonymous_id = ? ORDER BY received_at DESC, timestamp DESC LIMIT ?`, [anonymousId, limit]);
}
