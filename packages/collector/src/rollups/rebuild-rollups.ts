import type { SqlExecutor } from '../store/sql-client.js';
import { buildExposures } from './build-exposures.js';
import { buildVisits } from './build-visits.js';
import { ROLLUP_EVENT_COLUMNS, toRollupEvent, type RollupEvent, type RollupEventColumns } from './rollup-event.js';
import { readVisits } from './read-visits.js';
import { relinkVisits } from './relink-visits.js';
import { ROLLUP_TABLES } from './rollup-tables.js';
import { removeExposures, replaceVisits, writeExposures } from './write-rollups.js';

/** Visitors read per query while rebuilding: bounds memory whatever the database's size. */
const VISITORS_PER_PAGE = 500;

/**
 * Empties every rollup table and builds it again from the raw events, visitor by visitor, with
 * the same functions ingest uses. Runs in the caller's transaction.
 */
export async function rebuildRollups(tx: SqlExecutor): Promise<void> {
  for (const table of ROLLUP_TABLES) await tx.run(`DELETE FROM ${table}`);
  let after = '';
  for (;;) {
    const page = await tx.all<{ anonymous_id: string }>(
      'SELECT DISTINCT anonymous_id FROM events WHERE anonymous_id > ? ORDER BY anonymous_id LIMIT ?',
      [after, VISITORS_PER_PAGE],
    );
    if (page.length === 0) return;
    const first = page[0]!.anonymous_id;
    after = page[page.length - 1]!.anonymous_id;
    const rows = await tx.all<RollupEventColumns>(
      `SELECT ${ROLLUP_EVENT_COLUMNS} FROM events WHERE anonymous_id >= ? AND anonymous_id <= ? ORDER BY anonymous_id`,
      [first, after],
    );
    await writeVisitorRollups(tx, rows.map(toRollupEvent));
  }
}

/**
 * Rebuilds the rollups of some visitors from their remaining events, after some of their events
 * were deleted (retention, a deletion request). Visitors left with no events disappear.
 */
export async function rebuildVisitorRollups(tx: SqlExecutor, visitors: Iterable<string>): Promise<void> {
  for (const visitor of new Set(visitors)) {
    await replaceVisits(tx, await readVisits(tx, visitor, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), []);
    await removeExposures(tx, visitor);
    const rows = await tx.all<RollupEventColumns>(`SELECT ${ROLLUP_EVENT_COLUMNS} FROM events WHERE anonymous_id = ?`, [visitor]);
    if (rows.length === 0) await tx.run('DELETE FROM rollup_visitors WHERE visitor = ?', [visitor]);
    await writeVisitorRollups(tx, rows.map(toRollupEvent));
  }
}

async function writeVisitorRollups(tx: SqlExecutor, events: readonly RollupEvent[]): Promise<void> {
  const byVisitor = new Map<string, RollupEvent[]>();
  for (const event of events) {
    const list = byVisitor.get(event.visitor);
    if (list) list.push(event);
    else byVisitor.set(event.visitor, [event]);
  }
  for (const [visitor, list] of byVisitor) {
    await tx.run('INSERT INTO rollup_visitors (visitor) VALUES (?) ON CONFLICT (visitor) DO NOTHING', [visitor]);
    await replaceVisits(tx, [], buildVisits(list));
    await relinkVisits(tx, visitor);
    await writeExposures(tx, buildExposures(list));
  }
}
