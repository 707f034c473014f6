import type { SqlClient, SqlExecutor } from '../store/sql-client.js';
import { buildExposures } from './build-exposures.js';
import { buildVisits } from './build-visits.js';
import { lockVisitors } from './lock-visitors.js';
import { mergeVisits } from './merge-visits.js';
import { readVisits } from './read-visits.js';
import { relinkVisits } from './relink-visits.js';
import { ROLLUP_EVENT_COLUMNS, toRollupEvent, type RollupEvent, type RollupEventColumns } from './rollup-event.js';
import { SESSION_GAP_MS } from './session-gap.js';
import { replaceVisits, writeExposures } from './write-rollups.js';

/**
 * Updates the rollups with events just inserted (only those: a resent event was not inserted, so it
 * changes nothing), inside the insert's transaction. Per visitor:
 * - no stored visit within 30 minutes of the new events: they make new visits;
 * - they all follow the visitor's latest visit, within 30 minutes of it: they extend it (the usual
 *   case, which reads no events: the stored visit is merged with theirs);
 * - otherwise (a late event, one that merges two visits): the visits they touch are built again
 *   from the stored events of that span.
 * Either way the cubes change only by the difference (replaceVisits).
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
      "SELECT start_ts, end_ts FROM rollup_visits WHERE visitor = ? AND showroom_id = '*' AND end_ts >= ? AND start_ts <= ? ORDER BY start_ts",
      [visitor, first - SESSION_GAP_MS, last + SESSION_GAP_MS],
    );
    const latest = near.length === 1 ? near[0]! : undefined;
    if (near.length === 0) {
      await replaceVisits(tx, [], buildVisits(added));
    } else if (latest && Number(latest.end_ts) <= first) {
      const [stored] = await readVisits(tx, visitor, Number(latest.start_ts), Number(latest.start_ts));
      const [extension, ...later] = buildVisits(added);
      await replaceVisits(tx, [stored!], [mergeVisits(stored!, extension!), ...later]);
    } else {
      const from = Math.min(first, Number(near[0]!.start_ts));
      const to = Math.max(last, ...near.map((visit) => Number(visit.end_ts)));
      const stored = await readVisits(tx, visitor, from, to);
      const span = await tx.all<RollupEventColumns>(
        `SELECT ${ROLLUP_EVENT_COLUMNS} FROM events WHERE anonymous_id = ? AND timestamp >= ? AND timestamp <= ?`,
        [visitor, from, to],
      );
      await replaceVisits(tx, stored, buildVisits(span.map(toRollupEvent)));
    }
    await relinkVisits(tx, visitor);
    await writeExposures(tx, buildExposures(added));
  }
}
