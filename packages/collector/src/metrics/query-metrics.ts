import type { SqlExecutor } from '../store/sql-client.js';
import type { MetricsContext } from './metrics-context.js';
import type { MetricsScope } from './metrics-scope.js';
import type { MetricsQuery, MetricsResult } from './metrics-types.js';
import { queryCounts } from './query-counts.js';
import { queryExperiments } from './query-experiments.js';
import { queryFunnels } from './query-funnels.js';
import { queryIndicators, toIndicators } from './query-indicators.js';
import { queryModules } from './query-modules.js';
import { querySeries } from './query-series.js';
import { createZonedCalendar } from './zoned-calendar.js';

/** Every figure of `GET /api/metrics` for a checked query (see parse-metrics-query.ts), from the rollups. */
export async function queryMetrics(db: SqlExecutor, query: MetricsQuery, context: MetricsContext): Promise<MetricsResult> {
  const calendar = createZonedCalendar(query.tz);
  const days = calendar.daysBetween(query.from, query.to);
  const dayAfter = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const scope: MetricsScope = {
    from: calendar.startOf(query.from),
    to: calendar.startOf(dayAfter),
    showroom: query.showroom,
    experiment: query.experiment,
    arm: query.arm,
    module: query.module,
  };
  const [indicators, modules, funnels, counts, series, experiments, showrooms] = await Promise.all([
    queryIndicators(db, scope, context.now),
    queryModules(db, scope),
    queryFunnels(db, scope),
    queryCounts(db, scope),
    querySeries(db, scope, calendar, days),
    queryExperiments(db, { ...scope, arm: undefined }, context),
    db.all<{ showroom_id: string }>("SELECT DISTINCT showroom_id FROM rollup_sessions WHERE showroom_id <> '' ORDER BY showroom_id"),
  ]);
  return {
    query,
    generatedAt: new Date(context.now).toISOString(),
    indicators: indicators.get('') ?? toIndicators({}),
    modules,
    quiz: funnels.quiz,
    story: funnels.story,
    counts,
    series,
    experiments,
    showrooms: showrooms.map((row) => row.showroom_id),
  };
}
