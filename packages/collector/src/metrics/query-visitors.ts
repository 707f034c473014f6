import type { SqlExecutor } from '../store/sql-client.js';
import { splitByArm, visitsWhere, type MetricsScope } from './metrics-scope.js';

const DAY_MS = 86_400_000;

/** Visit counts in the scope that distinct visitors are computed from, per bucket or per arm. */
export interface VisitorRow {
  /** The bucket's ms, or the arm id. */
  key: string;
  /** The start of the visitor's previous visit when it was less than a day earlier, else -1. */
  prev: number;
  visits: number;
  /** Visits whose previous visit (same chain) is before the range, or that have none: one per visitor. */
  firstInRange: number;
  /** Visits that are their visitor's first ever and only one in the range: one per visitor who is not returning. */
  onlyVisit: number;
}

/**
 * Counts from the visit rows' links to their neighbours (see relinkVisits): no DISTINCT over the
 * rows, so the database answers from one index. Grouped per bucket (with the previous visit when
 * it was the same day, for daily distinct visitors) or per arm.
 */
export async function queryVisitors(db: SqlExecutor, scope: MetricsScope): Promise<VisitorRow[]> {
  const where = visitsWhere(scope);
  const byArm = splitByArm(scope);
  const key = byArm ? 'arm_id' : 'bucket';
  const prev = byArm ? '-1' : `CASE WHEN prev_start IS NOT NULL AND start_ts - prev_start < ${DAY_MS} THEN prev_start ELSE -1 END`;
  const rows = await db.all<Record<string, number | string>>(
    `SELECT ${key} AS "key", ${prev} AS "prev", count(*) AS "visits",
       sum(CASE WHEN prev_start IS NULL OR prev_start < ? THEN 1 ELSE 0 END) AS "firstInRange",
       sum(CASE WHEN prev_start IS NULL AND (next_start IS NULL OR next_start >= ?) THEN 1 ELSE 0 END) AS "onlyVisit"
     FROM ${where.table} WHERE ${where.sql} GROUP BY ${byArm ? 'arm_id' : `bucket, ${prev}`}`,
    [scope.from, scope.to, ...where.params],
  );
  return rows.map((row) => ({
    key: String(row['key']),
    prev: Number(row['prev']),
    visits: Number(row['visits']),
    firstInRange: Number(row['firstInRange']),
    onlyVisit: Number(row['onlyVisit']),
  }));
}

/** Distinct visitors with a CTA click in the range, and with an event in the last `liveMs` before `now`; per arm when split. */
export async function queryCtaAndLive(db: SqlExecutor, scope: MetricsScope, now: number, liveMs: number): Promise<{ cta: Map<string, number>; live: Map<string, number> }> {
  const byArm = splitByArm(scope);
  const key = byArm ? 'arm_id' : "''";
  const group = byArm ? ' GROUP BY arm_id' : '';
  const inRange = visitsWhere(scope);
  const any = visitsWhere(scope, { range: false });
  const [cta, live] = await Promise.all([
    db.all<{ key: string; n: number }>(`SELECT ${key} AS "key", count(DISTINCT visitor) AS n FROM ${inRange.table} WHERE ${inRange.sql} AND cta > 0${group}`, inRange.params),
    db.all<{ key: string; n: number }>(`SELECT ${key} AS "key", count(DISTINCT visitor) AS n FROM ${any.table} WHERE ${any.sql} AND end_ts >= ?${group}`, [...any.params, now - liveMs]),
  ]);
  const toMap = (rows: { key: string; n: number }[]): Map<string, number> => new Map(rows.map((row) => [String(row.key), Number(row.n)]));
  return { cta: toMap(cta), live: toMap(live) };
}
