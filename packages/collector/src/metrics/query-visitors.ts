import type { SqlReader, SqlValue } from '../sql/sql-client.js';
import { cubeChannels, splitColumn, visitsWhere, type MetricsScope } from './metrics-scope.js';
import type { ZonedCalendar } from './zoned-calendar.js';

const DAY_MS = 86_400_000;

/** Distinct visitors of the scope: in the whole range, and per day (per bucket's day), or per arm or channel. */
export interface VisitorCounts {
  /** Keyed by arm id or channel when split, else ''. */
  visitors: Map<string, number>;
  returningVisitors: Map<string, number>;
  /** Per bucket (its ms as text): visitors whose first visit of that local day started in it. */
  newForDay: Map<string, number>;
}

/**
 * Distinct visitors without a DISTINCT over every visit. Visits are linked to the visitor's
 * previous and next (see relinkVisits), so with V visits in the range, R of them repeats (a
 * previous visit exists), P of those repeats of a visit before the range, and C first visits ever
 * whose next visit is still in the range:
 *   visitors = (V - R) + P        (each visitor's first visit in the range is counted once)
 *   not returning = (V - R) - C   (a first visit ever, and the only visit in the range)
 * V comes from the cube; R, P and C from partial indexes holding only repeat and returned visits.
 */
export async function queryVisitors(db: SqlReader, scope: MetricsScope, calendar: ZonedCalendar): Promise<VisitorCounts> {
  const split = splitColumn(scope);
  const byArm = split === 'arm_id';
  const where = visitsWhere(scope);
  const key = split ?? 'bucket';
  // The cube rows counting the same visits as the visit table read: of whole visits when by arm.
  const cube: { sql: string; params: SqlValue[] } = byArm || scope.experiment !== undefined
    ? { sql: `showroom_id = '*' AND experiment_id = ?${byArm ? '' : ' AND arm_id = ?'}`, params: byArm ? [scope.experiment!] : [scope.experiment!, scope.arm!] }
    : { sql: "showroom_id = ? AND experiment_id = '' AND arm_id = ''", params: [scope.showroom ?? '*'] };
  const channels = cubeChannels(scope);
  cube.sql += ` AND ${channels.sql}`;
  cube.params.push(...channels.params);
  // With a channel, the links among that channel's visits: its figures are those of its visits alone.
  const [prevStart, nextStart] = [where.prev, where.next];
  const prev = split ? '-1' : `CASE WHEN start_ts - ${prevStart} < ${DAY_MS} THEN ${prevStart} ELSE -1 END`;
  const [visits, repeats, returned] = await Promise.all([
    db.all<{ key: string | number; n: number }>(
      `SELECT ${key} AS "key", sum(visits) AS n FROM rollup_cube WHERE ${cube.sql} AND bucket >= ? AND bucket < ? GROUP BY ${key}`,
      [...cube.params, scope.from, scope.to],
    ),
    db.all<{ key: string | number; prev: number; n: number; before: number }>(
      `SELECT ${key} AS "key", ${prev} AS "prev", count(*) AS "n", sum(CASE WHEN ${prevStart} < ? THEN 1 ELSE 0 END) AS "before"
       FROM ${where.table} WHERE ${where.sql} AND ${prevStart} IS NOT NULL GROUP BY ${key}${split ? '' : `, ${prev}`}`,
      [scope.from, ...where.params],
    ),
    db.all<{ key: string | number; n: number }>(
      `SELECT ${key} AS "key", count(*) AS n FROM ${where.table} WHERE ${where.sql} AND ${prevStart} IS NULL AND ${nextStart} IS NOT NULL AND ${nextStart} < ? GROUP BY ${key}`,
      [...where.params, scope.to],
    ),
  ]);

  const group = (k: string | number): string => (split ? String(k) : '');
  const add = (map: Map<string, number>, k: string, n: number): void => void map.set(k, (map.get(k) ?? 0) + n);
  const firstVisits = new Map<string, number>();
  const visitors = new Map<string, number>();
  const newForDay = new Map<string, number>();
  for (const row of visits) {
    add(firstVisits, group(row.key), Number(row.n));
    add(visitors, group(row.key), Number(row.n));
    if (!split) add(newForDay, String(row.key), Number(row.n));
  }
  for (const row of repeats) {
    add(firstVisits, group(row.key), -Number(row.n));
    add(visitors, group(row.key), Number(row.before) - Number(row.n));
    const prevStart = Number(row.prev);
    if (!split && prevStart >= 0 && calendar.dayOf(prevStart) === calendar.dayOf(Number(row.key))) add(newForDay, String(row.key), -Number(row.n));
  }
  const returningVisitors = new Map<string, number>();
  for (const [k, n] of visitors) returningVisitors.set(k, n - (firstVisits.get(k) ?? 0));
  for (const row of returned) add(returningVisitors, group(row.key), Number(row.n));
  return { visitors, returningVisitors, newForDay };
}

/** Distinct visitors with a CTA click in the range, and with an event in the last `liveMs` before `now`; per arm when split. */
export async function queryCtaAndLive(db: SqlReader, scope: MetricsScope, now: number, liveMs: number): Promise<{ cta: Map<string, number>; live: Map<string, number> }> {
  const split = splitColumn(scope);
  const key = split ?? "''";
  const group = split ? ` GROUP BY ${split}` : '';
  const inRange = visitsWhere(scope);
  const any = visitsWhere(scope, { range: false });
  const [cta, live] = await Promise.all([
    db.all<{ key: string; n: number }>(`SELECT ${key} AS "key", count(DISTINCT visitor) AS n FROM ${inRange.table} WHERE ${inRange.sql} AND cta > 0${group}`, inRange.params),
    db.all<{ key: string; n: number }>(`SELECT ${key} AS "key", count(DISTINCT visitor) AS n FROM ${any.table} WHERE ${any.sql} AND end_ts >= ?${group}`, [...any.params, now - liveMs]),
  ]);
  const toMap = (rows: { key: string; n: number }[]): Map<string, number> => new Map(rows.map((row) => [String(row.key), Number(row.n)]));
  return { cta: toMap(cta), live: toMap(live) };
}
