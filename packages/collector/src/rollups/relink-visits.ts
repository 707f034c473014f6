import type { SqlExecutor } from '../sql/sql-client.js';

/** A visit row's start and its two pairs of links, as stored. */
interface Row {
  start_ts: number;
  channel: string;
  prev_start: number | null;
  next_start: number | null;
  channel_prev_start: number | null;
  channel_next_start: number | null;
}
type Links = Pick<Row, 'prev_start' | 'next_start' | 'channel_prev_start' | 'channel_next_start'>;
const LINKS = ['prev_start', 'next_start', 'channel_prev_start', 'channel_next_start'] as const;

/**
 * Sets each of the visitor's visit rows' `prev_start` and `next_start`: the start of the visitor's
 * previous and next visit of the same showroom (or the same experiment arm), and
 * `channel_prev_start` / `channel_next_start`: the same among the visits of the same channel. With
 * them, "distinct visitors with a visit in the range" is a count of rows whose previous visit is
 * before the range, which the database can answer from an index, without a DISTINCT over every
 * row; the channel's links answer it for the visits of one channel alone.
 */
export async function relinkVisits(tx: SqlExecutor, visitor: string): Promise<void> {
  const visits = await tx.all<Row & { showroom_id: string }>(
    `SELECT showroom_id, channel, start_ts, ${LINKS.join(', ')} FROM rollup_visits WHERE visitor = ? ORDER BY showroom_id, start_ts`,
    [visitor],
  );
  for (const [row, links] of changed(visits, (row) => row.showroom_id)) {
    await tx.run(`UPDATE rollup_visits SET ${LINKS.map((link) => `${link} = ?`).join(', ')} WHERE visitor = ? AND start_ts = ? AND showroom_id = ?`, [
      ...LINKS.map((link) => links[link]), visitor, row.start_ts, row.showroom_id,
    ]);
  }
  const arms = await tx.all<Row & { experiment_id: string; arm_id: string }>(
    `SELECT experiment_id, arm_id, channel, start_ts, ${LINKS.join(', ')} FROM rollup_visit_arms WHERE visitor = ? ORDER BY experiment_id, arm_id, start_ts`,
    [visitor],
  );
  for (const [row, links] of changed(arms, (row) => `${row.experiment_id}\0${row.arm_id}`)) {
    await tx.run(`UPDATE rollup_visit_arms SET ${LINKS.map((link) => `${link} = ?`).join(', ')} WHERE visitor = ? AND start_ts = ? AND experiment_id = ? AND arm_id = ?`, [
      ...LINKS.map((link) => links[link]), visitor, row.start_ts, row.experiment_id, row.arm_id,
    ]);
  }
}

/** The rows (ordered by chain, then start) whose links are not their neighbours' starts, with the right links. */
function changed<T extends Row>(rows: readonly T[], chainOf: (row: T) => string): [T, Links][] {
  const links = new Map<T, Links>(rows.map((row) => [row, { prev_start: null, next_start: null, channel_prev_start: null, channel_next_start: null }]));
  const link = (chain: (row: T) => string, prev: 'prev_start' | 'channel_prev_start', next: 'next_start' | 'channel_next_start'): void => {
    const last = new Map<string, T>();
    for (const row of rows) {
      const before = last.get(chain(row));
      if (before) {
        links.get(row)![prev] = Number(before.start_ts);
        links.get(before)![next] = Number(row.start_ts);
      }
      last.set(chain(row), row);
    }
  };
  link(chainOf, 'prev_start', 'next_start');
  link((row) => `${chainOf(row)}\0${row.channel}`, 'channel_prev_start', 'channel_next_start');
  const same = (a: number | null, b: number | null): boolean => (a === null ? b === null : b !== null && Number(b) === a);
  return rows.flatMap((row): [T, Links][] => {
    const right = links.get(row)!;
    return LINKS.every((name) => same(right[name], row[name])) ? [] : [[row, right]];
  });
}
