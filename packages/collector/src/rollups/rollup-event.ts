import { USER_VISITOR_PREFIX } from './visitor-key.js';

/** What the rollups read of one stored event: the `events` columns they need, properties parsed. */
export interface RollupEvent {
  messageId: string;
  /** Whom the event counts for: its visitorKey (anonymousId, else `user:` + userId). */
  visitor: string;
  /** The event's userId, if it had one (links a server's order by userId to the page's visitor). */
  userId?: string | null;
  /** Skew-corrected ms since the epoch. */
  timestamp: number;
  event: string | null;
  properties: Record<string, unknown>;
  /** The `context` column as stored (JSON text), parsed only for a visit's first event (landingTouch). */
  context: string | null;
}

/** visitorKey in SQL (`||` concatenates on SQLite and PostgreSQL alike). */
export const VISITOR_KEY_SQL = `COALESCE(anonymous_id, '${USER_VISITOR_PREFIX}' || user_id)`;

/** The columns to select for `toRollupEvent`, in SQL. */
export const ROLLUP_EVENT_COLUMNS = `message_id, ${VISITOR_KEY_SQL} AS visitor, user_id, timestamp, event, properties, context`;

export interface RollupEventColumns {
  message_id: string;
  visitor: string;
  user_id?: string | null;
  timestamp: number;
  event: string | null;
  properties: string | null;
  context: string | null;
}

/** Parses a row selected with ROLLUP_EVENT_COLUMNS. */
export function toRollupEvent(row: RollupEventColumns): RollupEvent {
  const parsed: unknown = row.properties === null ? null : JSON.parse(row.properties);
  return {
    messageId: row.message_id,
    visitor: row.visitor,
    userId: row.user_id ?? null,
    timestamp: row.timestamp,
    event: row.event,
    context: row.context,
    properties: parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {},
  };
}

/** Oldest first; ties broken by messageId so every build sees the same order. */
export const byTime = (a: RollupEvent, b: RollupEvent): number =>
  a.timestamp - b.timestamp || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0);
