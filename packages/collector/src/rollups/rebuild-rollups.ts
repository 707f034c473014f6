import { DEFAULT_WINDOW_MS } from '../outcomes/credit-order.js';
import type { SqlExecutor } from '../sql/sql-client.js';
import { buildExposures } from './build-exposures.js';
import { buildVisits } from './build-visits.js';
import { ROLLUP_EVENT_COLUMNS, toRollupEvent, VISITOR_KEY_SQL, type RollupEvent, type RollupEventColumns } from './rollup-event.js';
import { readVisits } from './read-visits.js';
import { relinkVisits } from './relink-visits.js';
import { ROLLUP_TABLES } from './rollup-tables.js';
import { USER_VISITOR_PREFIX } from './visitor-key.js';
import { removeExposures, replaceVisits, writeExposures } from './write-rollups.js';
import { updateOutcomes } from './update-outcomes.js';
import { writeCredit } from './write-credit.js';

/** Visitors read per query while rebuilding: bounds memory whatever the database's size. */
const VISITORS_PER_PAGE = 500;

/**
 * Empties every rollup table and builds it again from the raw events, visitor by visitor, with
 * the same functions ingest uses (`exclusions`: the referral-excluded domains). Runs in the caller's transaction.
 */
export async function rebuildRollups(tx: SqlExecutor, exclusions: readonly string[] = [], windowMs = DEFAULT_WINDOW_MS): Promise<void> {
  for (const table of ROLLUP_TABLES) await tx.run(`DELETE FROM ${table}`);
  // Visitors by anonymousId, then those known by userId only: each pass pages along its own index.
  // A userId whose key an anonymousId already has (`user:42`) is left to the last step.
  const shared = `EXISTS (SELECT 1 FROM events AS other WHERE other.anonymous_id = ${VISITOR_KEY_SQL})`;
  const userOnly = 'anonymous_id IS NULL AND user_id IS NOT NULL';
  for (const [column, where] of [
    ['anonymous_id', 'anonymous_id IS NOT NULL'],
    ['user_id', `${userOnly} AND NOT ${shared}`],
  ] as const) {
    let after = '';
    for (;;) {
      const page = await tx.all<{ id: string }>(
        `SELECT DISTINCT ${column} AS id FROM events WHERE ${where} AND ${column} > ? ORDER BY ${column} LIMIT ?`,
        [after, VISITORS_PER_PAGE],
      );
      if (page.length === 0) break;
      const first = page[0]!.id;
      after = page[page.length - 1]!.id;
      const rows = await tx.all<RollupEventColumns>(
        `SELECT ${ROLLUP_EVENT_COLUMNS} FROM events WHERE ${where} AND ${column} >= ? AND ${column} <= ? ORDER BY ${column}`,
        [first, after],
      );
      await writeVisitorRollups(tx, rows.map(toRollupEvent), exclusions, windowMs);
    }
  }
  const keys = await tx.all<{ visitor: string }>(`SELECT DISTINCT ${VISITOR_KEY_SQL} AS visitor FROM events WHERE ${userOnly} AND ${shared}`);
  await rebuildVisitorRollups(tx, keys.map((row) => row.visitor), exclusions, windowMs);
}

/**
 * Rebuilds the rollups of some visitors from their remaining events, after some of their events
 * were deleted (retention, a deletion request). Visitors left with no events disappear, with their
 * orders and carts; what was credited to their visits is credited again. (An order both a deleted
 * and a kept visitor sent comes back from the kept copy only with a full rebuild.)
 */
export async function rebuildVisitorRollups(tx: SqlExecutor, visitors: Iterable<string>, exclusions: readonly string[] = [], windowMs = DEFAULT_WINDOW_MS): Promise<void> {
  for (const visitor of new Set(visitors)) {
    await replaceVisits(tx, await readVisits(tx, visitor, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), []);
    await removeExposures(tx, visitor);
    await tx.run('DELETE FROM rollup_orders WHERE visitor = ?', [visitor]);
    await tx.run('DELETE FROM rollup_cart_adds WHERE visitor = ?', [visitor]);
    await tx.run('DELETE FROM rollup_user_links WHERE anonymous_id = ?', [visitor]);
    const rows = await tx.all<RollupEventColumns>(`SELECT ${ROLLUP_EVENT_COLUMNS} FROM events WHERE ${visitorEvents(visitor)}`, visitorParams(visitor));
    if (rows.length === 0) await tx.run('DELETE FROM rollup_visitors WHERE visitor = ?', [visitor]);
    await writeVisitorRollups(tx, rows.map(toRollupEvent), exclusions, windowMs);
    await writeCredit(tx, [visitor], visitor, windowMs);
  }
}

async function writeVisitorRollups(tx: SqlExecutor, events: readonly RollupEvent[], exclusions: readonly string[], windowMs: number): Promise<void> {
  const byVisitor = new Map<string, RollupEvent[]>();
  for (const event of events) {
    const list = byVisitor.get(event.visitor);
    if (list) list.push(event);
    else byVisitor.set(event.visitor, [event]);
  }
  for (const [visitor, list] of byVisitor) {
    await tx.run('INSERT INTO rollup_visitors (visitor) VALUES (?) ON CONFLICT (visitor) DO NOTHING', [visitor]);
    await replaceVisits(tx, [], buildVisits(list, exclusions));
    await relinkVisits(tx, visitor);
    await writeExposures(tx, buildExposures(list));
    await updateOutcomes(tx, visitor, list, windowMs);
  }
}

// A visitor key's events: by anonymousId, and, for a `user:` key, the userId-only events too (an
// anonymousId that happens to start with `user:` shares its key, and is rebuilt with it alike).
const visitorEvents = (visitor: string): string =>
  visitor.startsWith(USER_VISITOR_PREFIX) ? '(anonymous_id = ? OR (anonymous_id IS NULL AND user_id = ?))' : 'anonymous_id = ?';
const visitorParams = (visitor: string): string[] =>
  visitor.startsWith(USER_VISITOR_PREFIX) ? [visitor, visitor.slice(USER_VISITOR_PREFIX.length)] : [visitor];
