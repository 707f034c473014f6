import type { SqlExecutor } from '../sql/sql-client.js';

/** A visit row's chain (the visitor's visits of one showroom, or of one arm) and its links. */
interface Link {
  chain: string;
  start_ts: number;
  prev_start: number | null;
  next_start: number | null;
}

/**
 * Sets each of the visitor's visit rows' `prev_start` and `next_start`: the start of the visitor's
 * previous and next visit of the same showroom (or the same experiment arm). With them, "distinct
 * visitors with a visit in the range" is a count of rows whose previous visit is before the range,
 * which the database can answer from an index, without a DISTINCT over every row.
 */
export async function relinkVisits(tx: SqlExecutor, visitor: string): Promise<void> {
  const visits = await tx.all<Link>(
    'SELECT showroom_id AS chain, start_ts, prev_start, next_start FROM rollup_visits WHERE visitor = ? ORDER BY showroom_id, start_ts',
    [visitor],
  );
  for (const link of changed(visits)) {
    await tx.run('UPDATE rollup_visits SET prev_start = ?, next_start = ? WHERE visitor = ? AND start_ts = ? AND showroom_id = ?', [link.prev_start, link.next_start, visitor, link.start_ts, link.chain]);
  }
  const armRows = await tx.all<Omit<Link, 'chain'> & { experiment_id: string; arm_id: string }>(
    'SELECT experiment_id, arm_id, start_ts, prev_start, next_start FROM rollup_visit_arms WHERE visitor = ? ORDER BY experiment_id, arm_id, start_ts',
    [visitor],
  );
  const arms = armRows.map((row) => ({ ...row, chain: `${row.experiment_id}\0${row.arm_id}` }));
  for (const link of changed(arms)) {
    await tx.run('UPDATE rollup_visit_arms SET prev_start = ?, next_start = ? WHERE visitor = ? AND start_ts = ? AND experiment_id = ? AND arm_id = ?', [
      link.prev_start, link.next_start, visitor, link.start_ts, link.experiment_id, link.arm_id,
    ]);
  }
}

/** The rows (ordered by chain, then start) whose links are not their neighbours' starts, with the right links. */
function changed<T extends Link>(rows: readonly T[]): T[] {
  return rows.flatMap((row, i) => {
    const prev = i > 0 && rows[i - 1]!.chain === row.chain ? Number(rows[i - 1]!.start_ts) : null;
    const next = i + 1 < rows.length && rows[i + 1]!.chain === row.chain ? Number(rows[i + 1]!.start_ts) : null;
    const same = (a: number | null, b: number | null): boolean => (a === null ? b === null : b !== null && Number(b) === a);
    return same(prev, row.prev_start) && same(next, row.next_start) ? [] : [{ ...row, prev_start: prev, next_start: next }];
  });
}
