import type { SqlClient, SqlExecutor } from '../store/sql-client.js';
import { buildExposures } from './build-exposures.js';
import { buildVisits } from './build-visits.js';
import { lockVisitors } from './lock-visitors.js';
import { ROLLUP_EVENT_COLUMNS, toRollupEvent, type RollupEvent, type RollupEventColumns } from './rollup-event.js';
import { VISIT_TABLES } from './rollup-tables.js';
import { SESSION_GAP_MS } from './session-gap.js';
import { writeExposures, writeVisits } from './write-rollups.js';

/**
 * Updates the rollups with events just inserted (only those: a resent event was not inserted, so it
 * changes nothing), inside the insert's transaction. Per visitor:
 * - no stored visit within 30 minutes of the new events: they make new visits;
 * - they all follow the visitor's latest visit, within 30 minutes of it: they extend it, adding
 *   their figures to its rows (the usual case, which reads no events);
 * - otherwise (a late event, one that merges two visits): the visits they touch are deleted and
 *   rebuilt from the stored events of that span.
 */
export async function updateRollups(tx: SqlExecutor, dialect: SqlClient['dialect'], events: readonly RollupEvent[]): Promise<void> {
  const byVisitor = new Map<string, RollupEvent[]>();
  for (const event of events) {
    const list = byVisitor.get(event.visitor);
    if (list) list.push(event);
    else byVisitor.set(event.visitor, [event]);
  }
  await lockVisitors(tx, dialect, byVisitor.keys());
  for (const [visitor, added] of byVisitor) {
    const first = added.reduce((min, event) => Math.min(min, event.timestamp), Infinity);
    const last = added.reduce((max, event) => Math.max(max, event.timestamp), -Infinity);
    const near = await tx.all<{ start_ts: number; end_ts: number }>(
      'SELECT start_ts, end_ts FROM rollup_visits WHERE visitor = ? AND end_ts >= ? AND start_ts <= ? ORDER BY start_ts',
      [visitor, first - SESSION_GAP_MS, last + SESSION_GAP_MS],
    );
    const latest = near.length === 1 ? near[0]! : undefined;
    if (near.length === 0) {
      await writeVisits(tx, buildVisits(added));
    } else if (latest && latest.end_ts <= first) {
      const visits = buildVisits(added);
      visits[0]!.start = latest.start_ts;
      await writeVisits(tx, visits);
    } else {
      const from = Math.min(first, near[0]!.start_ts);
      const to = Math.max(last, ...near.map((visit) => visit.end_ts));
      for (const table of VISIT_TABLES) await tx.run(`DELETE FROM ${table} WHERE visitor = ? AND start_ts >= ? AND start_ts <= ?`, [visitor, from, to]);
      const span = await tx.all<RollupEventColumns>(
        `SELECT ${ROLLUP_EVENT_COLUMNS} FROM events WHERE anonymous_id = ? AND timestamp >= ? AND timestamp <= ?`,
        [visitor, from, to],
      );
      await writeVisits(tx, buildVisits(span.map(toRollupEvent)));
    }
    await writeExposures(tx, buildExposures(added));
  }
}

