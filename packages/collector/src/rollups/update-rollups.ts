import { DEFAULT_WINDOW_MS } from '../outcomes/credit-order.js';
import type { SqlClient, SqlExecutor } from '../sql/sql-client.js';
import { buildExposures } from './build-exposures.js';
import { buildVisits } from './build-visits.js';
import { lockVisitors } from './lock-visitors.js';
import { mergeVisits } from './merge-visits.js';
import { readVisits } from './read-visits.js';
import { relinkVisits } from './relink-visits.js';
import type { RollupEvent } from './rollup-event.js';
import { SESSION_GAP_MS } from './session-gap.js';
import { updateOutcomes } from './update-outcomes.js';
import type { VisitRollup } from './visit-rollup.js';
import { replaceVisits, writeExposures } from './write-rollups.js';

/**
 * Updates the rollups with events just inserted (`exclusions`: the referral-excluded domains;
 * `windowMs`: the attribution window of orders and carts, see updateOutcomes) (only those: a resent event was not inserted, so it
 * changes nothing), inside the insert's transaction, without reading a single stored event, so an
 * event costs the same whether it extends a visit, arrives late into a visit of 100,000 events, or
 * joins two visits. Per visitor, the new events' own visits (buildVisits) and the stored visits
 * within 30 minutes of them (readVisits) are merged wherever they come within 30 minutes of each
 * other (mergeVisits), and the cubes change by the difference (replaceVisits). This equals a
 * rebuild from the raw events (the property test in update-rollups.test.ts checks it) because:
 * - adding events only shortens the gaps between a visitor's events, so a stored visit never
 *   splits: visits only grow and join, and each stored visit is whole in the result;
 * - a visit's rollup is the same function of its events in any grouping: every fact is a sum or
 *   a max (fact-columns.ts: addFacts), the start and ends a min or max, arms and answers sets,
 *   the touch the earliest event's (mergeVisits);
 * - two event sets that each form one visit form one visit together exactly when their spans
 *   overlap or lie within 30 minutes of each other, which is what mergeNear tests.
 * (Capping a visit's length instead would have changed what a visit is for the metrics, and a
 * long visit is normal for a shop left open in a tab.)
 */
export async function updateRollups(tx: SqlExecutor, dialect: SqlClient['dialect'], events: readonly RollupEvent[], exclusions: readonly string[] = [], windowMs = DEFAULT_WINDOW_MS): Promise<void> {
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
    const near = await tx.all<{ start_ts: number }>(
      "SELECT start_ts FROM rollup_visits WHERE visitor = ? AND showroom_id = '*' AND end_ts >= ? AND start_ts <= ? ORDER BY start_ts",
      [visitor, first - SESSION_GAP_MS, last + SESSION_GAP_MS],
    );
    const stored = near.length === 0 ? [] : await readVisits(tx, visitor, Number(near[0]!.start_ts), Number(near[near.length - 1]!.start_ts));
    const merged = mergeNear([...stored, ...buildVisits(added, exclusions)]);
    // A stored visit the new events did not reach comes back as the same object: left as it is.
    const kept = new Set(merged.filter((visit) => stored.includes(visit)));
    await replaceVisits(tx, stored.filter((visit) => !kept.has(visit)), merged.filter((visit) => !kept.has(visit)));
    await relinkVisits(tx, visitor);
    await writeExposures(tx, buildExposures(added));
    await updateOutcomes(tx, visitor, added, windowMs);
  }
}

/** One visitor's visits, those within SESSION_GAP_MS of each other (or overlapping) merged. */
function mergeNear(visits: readonly VisitRollup[]): VisitRollup[] {
  const merged: VisitRollup[] = [];
  for (const visit of [...visits].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    // The same test as buildVisits: a gap of more than SESSION_GAP_MS starts a new visit.
    if (previous && visit.start - previous.end <= SESSION_GAP_MS) merged[merged.length - 1] = mergeVisits(previous, visit);
    else merged.push(visit);
  }
  return merged;
}
