import type { SqlReader } from '../sql/sql-client.js';
import { countsOf, emptySums, modulesOf, visitCountsOf } from './cube-figures.js';
import type { ArmCredits } from './arm-outcomes.js';
import type { MetricsContext } from './metrics-context.js';
import type { MetricsScope } from './metrics-scope.js';
import type { MediaRow, MetricsQuery, MetricsResult } from '@vitrine/contracts';
import { DEFAULT_CURRENCY } from '../outcomes/order-of.js';
import { currencyTotals, outcomeFigures, outcomeSummary } from './outcome-figures.js';
import { queryCampaigns } from './query-campaigns.js';
import { queryCredited } from './query-credited.js';
import { queryExperiments } from './query-experiments.js';
import { queryFunnels } from './query-funnels.js';
import { queryIndicators } from './query-indicators.js';
import { queryMedia } from './query-media.js';
import { queryShowrooms } from './query-showrooms.js';
import { seriesOf } from './series-of.js';
import { zonedCalendar } from './zoned-calendar.js';

/** Every figure of `GET /api/metrics` for a checked query (see parse-metrics-query.ts), from the rollups. */
export async function queryMetrics(db: SqlReader, query: MetricsQuery, context: MetricsContext): Promise<MetricsResult> {
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
  const reading = queryCredited(db, main);
  // The experiments fold every arm's credited rows: the outcomes' own, unless those keep one arm
  // only. Their revenue is in the outcomes' currency.
  const credits = async (): Promise<ArmCredits> => {
    const [all, outcomes] = await Promise.all([query.arm === undefined ? reading : queryCredited(db, { ...main, experiment: undefined, arm: undefined }), reading]);
    return { orders: all.orders, carts: all.carts, currency: currencyTotals(outcomes.orders)[0]?.currency ?? DEFAULT_CURRENCY };
  };
  const [figures, funnels, experiments, showrooms, byChannel, campaigns, credited] = await Promise.all([
    queryIndicators(db, main, context.now, calendar),
    queryFunnels(db, main),
    queryExperiments(db, { ...scope, arm: undefined }, context, calendar, credits),
    queryShowrooms(db, context.known?.showrooms),
    query.channel === undefined ? queryMedia(db, { ...main, byChannel: query.view ?? 'indicators' }, context.now, calendar) : undefined,
    queryCampaigns(db, main),
    reading,
  ]);
  const sums = figures.totals.get('') ?? emptySums();
  const indicators = figures.indicators.get('')!;
  const modules = modulesOf(sums, query.module);
  // With a channel filter, its one row is the main figures (with view=media, its modules and funnels too).
  const full = query.view === 'media' ? { modules, quiz: { steps: funnels.quiz.steps }, story: funnels.story } : {};
  const rows = byChannel ?? (query.channel !== undefined && indicators.visits > 0 ? [{ channel: query.channel, indicators, ...full }] : []);
  // The credited rows name their touch's channel: a row's outcomes are those of its channel's rows.
  const media = rows.map((row): MediaRow => {
    const ofChannel = <T extends { channel: string }>(list: T[]): T[] => list.filter((item) => item.channel === row.channel);
    return { ...row, outcomes: outcomeSummary(ofChannel(credited.orders), ofChannel(credited.carts), row.indicators.visitors) };
  });
  return {
    query,
    generatedAt: new Date(context.now).toISOString(),
    indicators,
    modules,
    quiz: funnels.quiz,
    story: funnels.story,
    counts: countsOf(sums, query.module),
    series: seriesOf(figures.buckets, figures.newForDay, calendar, days, query.module),
    experiments: experiments.reports,
    media,
    campaigns,
    outcomes: outcomeFigures(credited.orders, credited.carts, visitCountsOf(sums, indicators.visitors), credited.uncredited),
    showrooms: showrooms.listed,
    unknown: { showrooms: showrooms.unknown, ...experiments.unknown },
  };
}
