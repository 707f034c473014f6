import type { SqlReader } from '../sql/sql-client.js';
import { isChannel } from '../channels/channel.js';
import { emptySums, modulesOf } from './cube-figures.js';
import { funnelsOf } from './funnels-of.js';
import type { MetricsScope } from './metrics-scope.js';
import type { MediaRow } from '@vitrine/contracts';
import { queryIndicators } from './query-indicators.js';
import { queryStepSessions } from './query-step-sessions.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * The Media view: each channel with visits in the scope, most visits first, with the indicators of
 * its visits alone, and for `byChannel: 'media'` its modules and funnels too. One set of queries
 * grouped by channel, however many channels have visits. The rows' outcomes are added by
 * queryMetrics, from the credited rows the whole response reads once.
 */
export async function queryMedia(
  db: SqlReader,
  scope: MetricsScope & { byChannel: 'indicators' | 'media' },
  now: number,
  calendar: ZonedCalendar,
): Promise<Omit<MediaRow, 'outcomes'>[]> {
  const [figures, steps] = await Promise.all([queryIndicators(db, scope, now, calendar), scope.byChannel === 'media' ? queryStepSessions(db, scope) : undefined]);
  return [...figures.indicators]
    .filter((entry): entry is [MediaRow['channel'], MediaRow['indicators']] => isChannel(entry[0]) && entry[1].visits > 0)
    .map(([channel, indicators]) => ({
      channel,
      indicators,
      ...(steps && { modules: modulesOf(figures.totals.get(channel) ?? emptySums(), scope.module), ...funnelsOf(steps.get(channel) ?? new Map()) }),
    }))
    .sort((a, b) => b.indicators.visits - a.indicators.visits || a.channel.localeCompare(b.channel));
}
