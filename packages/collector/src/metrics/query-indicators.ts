import type { SqlExecutor } from '../store/sql-client.js';
import { ofModule, scopedSql, visitTable, VISIT_KEY, type MetricsScope } from './metrics-scope.js';
import type { Indicators } from './metrics-types.js';
import { rate } from './rate.js';

/** Live visitors are those with an event in this window before now (ms). */
export const LIVE_WINDOW_MS = 5 * 60_000;

type Row = Record<string, number | string | null> & { arm: string };

/**
 * The indicators of `scope`, per experiment arm when the scope names an experiment without an arm
 * (keyed by arm id; arms without visits are missing), else under the key ''. Sums come from the rollups; distinct visitors and
 * visits are counted by the database.
 */
export async function queryIndicators(db: SqlExecutor, scope: MetricsScope, now: number): Promise<Map<string, Indicators>> {
  const visits = scopedSql(visitTable(scope), scope, { showroom: scope.showroom !== undefined });
  const sessions = scopedSql('rollup_sessions', scope);
  const modules = scopedSql('rollup_modules', scope);
  const live = scopedSql(visitTable(scope), scope, { range: false, showroom: scope.showroom !== undefined });
  const earlier = scope.showroom === undefined ? '' : ' AND p.showroom_id = t.showroom_id';
  const [visitRows, sessionRows, moduleRows, returningRows, liveRows] = await Promise.all([
    db.all<Row>(`SELECT ${visits.arm} AS arm, count(*) AS "visits", count(DISTINCT t.visitor) AS "visitors" FROM ${visits.from} WHERE ${visits.where}${visits.groupBy}`, visits.params),
    db.all<Row>(
      `SELECT ${sessions.arm} AS arm, coalesce(sum(t.loads), 0) AS "loads", coalesce(sum(t.views), 0) AS "views"
       FROM ${sessions.from} WHERE ${sessions.where}${sessions.groupBy}`,
      sessions.params,
    ),
    db.all<Row>(
      `SELECT ${modules.arm} AS arm,
         coalesce(sum(${ofModule(scope, 't.engaged_ms')}), 0) AS "engagedMs",
         coalesce(sum(${ofModule(scope, 't.interactions')}), 0) AS "interactions",
         count(DISTINCT CASE WHEN ${ofModule(scope, 't.engaged_ms')} > 0 THEN ${VISIT_KEY} END) AS "engagedSessions",
         count(DISTINCT CASE WHEN t.cta > 0 THEN t.visitor END) AS "ctaVisitors"
       FROM ${modules.from} WHERE ${modules.where}${modules.groupBy}`,
      modules.params,
    ),
    db.all<Row>(
      `SELECT ${visits.arm} AS arm, count(DISTINCT t.visitor) AS "returningVisitors" FROM ${visits.from} WHERE ${visits.where}
       AND EXISTS (SELECT 1 FROM ${visitTable(scope)} p WHERE p.visitor = t.visitor AND p.start_ts < t.start_ts${earlier})
      ${visits.groupBy}`,
      visits.params,
    ),
    db.all<Row>(
      `SELECT ${live.arm} AS arm, count(DISTINCT t.visitor) AS "live" FROM ${live.from} WHERE ${live.where} AND t.end_ts >= ?${live.groupBy}`,
      [...live.params, now - LIVE_WINDOW_MS],
    ),
  ]);

  const byArm = new Map<string, Record<string, number>>();
  for (const rows of [visitRows, sessionRows, moduleRows, returningRows, liveRows]) {
    for (const { arm, ...figures } of rows) {
      const into = byArm.get(arm) ?? {};
      for (const [name, value] of Object.entries(figures)) into[name] = Number(value ?? 0);
      byArm.set(arm, into);
    }
  }
  return new Map([...byArm].map(([arm, figures]) => [arm, toIndicators(figures)]));
}

/** Indicators from the figures queried (0 where missing), with their rates. */
export function toIndicators(f: Record<string, number>): Indicators {
  const n = (name: string): number => f[name] ?? 0;
  return {
    visits: n('visits'),
    visitors: n('visitors'),
    loads: n('loads'),
    views: n('views'),
    onlineRate: rate(n('views'), n('loads')),
    liveVisitors: n('live'),
    engagedMs: n('engagedMs'),
    visitTimeMs: rate(n('engagedMs'), n('visits')),
    returningVisitors: n('returningVisitors'),
    repeatBrowsingRate: rate(n('returningVisitors'), n('visitors')),
    interactions: n('interactions'),
    engagedSessions: n('engagedSessions'),
    interactionFrequency: rate(n('interactions'), n('engagedSessions')),
    ctaVisitors: n('ctaVisitors'),
    conversionRate: rate(n('ctaVisitors'), n('visitors')),
  };
}
