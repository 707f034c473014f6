import type { SqlExecutor } from '../sql/sql-client.js';
import { USER_VISITOR_PREFIX } from './visitor-key.js';

/**
 * The visitor keys whose showroom touches an order or a cart of `visitor` may be credited to: its
 * own, and for a visitor known by userId only (`user:42`, as a shop's server sends an order) the
 * anonymousIds that the same userId came with (the page's events after identify, kept in
 * rollup_user_links), sorted so every run credits ties alike.
 */
export async function linkedKeys(tx: SqlExecutor, visitor: string): Promise<string[]> {
  if (!visitor.startsWith(USER_VISITOR_PREFIX)) return [visitor];
  const rows = await tx.all<{ id: string }>('SELECT anonymous_id AS id FROM rollup_user_links WHERE user_id = ? ORDER BY anonymous_id', [
    visitor.slice(USER_VISITOR_PREFIX.length),
  ]);
  return [visitor, ...rows.map((row) => row.id).filter((id) => id !== visitor)];
}
