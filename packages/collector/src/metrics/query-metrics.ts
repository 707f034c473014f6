import type { SqlExecutor } from '../sql/sql-client.js';
import { countsOf, emptySums, modulesOf } from './cube-figures.js';
import type { MetricsContext } from './metrics-context.js';
import type { MetricsScope } from './metrics-scope.js';
import type { MetricsQuery, MetricsResult } from '@vitrine/contracts';
import { queryCampaigns } from './query-campaigns.js';
import { queryExperiments } from './query-experiments.js';
import { queryFunnels } from './query-funnels.js';
import { queryIndicators } from './query-indicators.js';
import { queryMedia } from './query-media.js';
import { queryOutcomes } from './query-outcomes.js';
import { queryShowrooms } from './query-showrooms.js';
import { seriesOf } from './series-of.js';
import { zonedCalendar } from './zoned-calendar.js';

/** Every figure of `GET /api/metrics` for a checked query (see parse-metrics-query.ts), from the rollups. */
export async function queryMetrics(db: SqlExecutor, query: MetricsQuery, context: MetricsContext): Promise<MetricsResult> {
  const calendar = zonedCalendar(query.tz);
  const days = calendar.daysBetween(query.from, query.to);
  const dayAfter = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const scope: MetricsScope = {
    from: calendar.startOf(query.from),
    to: calendar.startOf(dayAfter),
    showroom: query.showroom,
    experiment: query.experiment,
    arm: query.arm,
    module: query.module,
    channel: query.channel,
  };
  // With an experiment but no arm, the main figures are every visit's; the experiment section splits them.
  const main = query.arm === undefined ? { ...scope, experiment: undefined } : scope;
  const scoped = queryIndicators(db, main, context.now, calendar);
  const credited = scoped.then((figures) => queryOutcomes(db, main, figures.totals ?? emptySums(), figures.indicators.get('')!.visitors));
  const [figures, funnels, experiments, showrooms, byChannel, campaigns, outcomes] = await Promise.all([
    scoped,
    queryFunnels(db, main),
    // Their revenue is in the outcomes' currency: only that waits for the outcomes.
    queryExperiments(db, { ...scope, arm: undefined }, context, calendar, credited.then((result) => result.currency)),
    queryShowrooms(db, context.known?.showrooms),
    // With a channel filter, its one row is the main figures.
    query.channel === undefined ? queryMedia(db, main, context.now, calendar) : undefined,
    queryCampaigns(db, main),
    credited,
  ]);
  const sums = figures.totals ?? emptySums();
  const indicators = figures.indicators.get('')!;
  const media = byChannel ?? (query.channel !== undefined && indicators.visits > 0 ? [{ channel: query.channel, indicators }] : []);
  return {
    query,
    generatedAt: new Date(context.now).toISOString(),
    indicators,
    modules: modulesOf(sums, query.module),
    quiz: funnels.quiz,
    story: funnels.story,
    counts: countsOf(sums, query.module),
    series: seriesOf(figures.buckets, figures.newForDay, calendar, days, query.module),
    experiments: experiments.reports,
    media,
    campaigns,
    outcomes,
    showrooms: showrooms.listed,
    unknown: { showrooms: showrooms.unknown, ...experiments.unknown },
  };
}
