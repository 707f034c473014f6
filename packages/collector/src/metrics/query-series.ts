import type { SqlExecutor } from '../store/sql-client.js';
import { ofModule, scopedSql, visitTable, type MetricsScope } from './metrics-scope.js';
import type { DailySeries } from './metrics-types.js';
import type { ZonedCalendar } from './zoned-calendar.js';

type Figure = Exclude<keyof DailySeries, 'days'>;

/**
 * The daily series of `scope`: the database sums per 15-minute bucket, and each bucket is added
 * to its local day here (a bucket never straddles midnight in any real time zone). Visitors are
 * distinct per day, so their (bucket, visitor) pairs are read and counted once per day.
 */
export async function querySeries(db: SqlExecutor, scope: MetricsScope, calendar: ZonedCalendar, days: string[]): Promise<DailySeries> {
  const visits = scopedSql(visitTable(scope), scope, { showroom: scope.showroom !== undefined });
  const sessions = scopedSql('rollup_sessions', scope);
  const modules = scopedSql('rollup_modules', scope);
  type Row = Record<string, number>;
  const [visitRows, visitorRows, sessionRows, moduleRows] = await Promise.all([
    db.all<Row>(`SELECT t.bucket AS bucket, count(*) AS "visits" FROM ${visits.from} WHERE ${visits.where} GROUP BY t.bucket`, visits.params),
    db.all<{ bucket: number; visitor: string }>(`SELECT t.bucket AS bucket, t.visitor AS visitor FROM ${visits.from} WHERE ${visits.where}`, visits.params),
    db.all<Row>(
      `SELECT t.bucket AS bucket, sum(t.loads) AS "loads", sum(t.views) AS "views" FROM ${sessions.from} WHERE ${sessions.where} GROUP BY t.bucket`,
      sessions.params,
    ),
    db.all<Row>(
      `SELECT t.bucket AS bucket, sum(${ofModule(scope, 't.engaged_ms')}) AS "engagedMs", sum(${ofModule(scope, 't.interactions')}) AS "interactions",
         sum(${ofModule(scope, 't.cta')}) AS "ctaClicked"
       FROM ${modules.from} WHERE ${modules.where} GROUP BY t.bucket`,
      modules.params,
    ),
  ]);

  const index = new Map(days.map((day, i) => [day, i]));
  const series: DailySeries = { days, visits: [], visitors: [], loads: [], views: [], engagedMs: [], interactions: [], ctaClicked: [] };
  for (const figure of Object.keys(series) as (keyof DailySeries)[]) if (figure !== 'days') series[figure] = days.map(() => 0);
  const add = (rows: readonly Row[], figures: readonly Figure[]): void => {
    for (const row of rows) {
      const i = index.get(calendar.dayOf(Number(row['bucket'])));
      if (i !== undefined) for (const figure of figures) series[figure][i]! += Number(row[figure] ?? 0);
    }
  };
  add(visitRows, ['visits']);
  add(sessionRows, ['loads', 'views']);
  add(moduleRows, ['engagedMs', 'interactions', 'ctaClicked']);
  const seen = new Set<string>();
  for (const { bucket, visitor } of visitorRows) {
    const day = calendar.dayOf(Number(bucket));
    const i = index.get(day);
    if (i === undefined || seen.has(`${day}|${visitor}`)) continue;
    seen.add(`${day}|${visitor}`);
    series.visitors[i]!++;
  }
  return series;
}
