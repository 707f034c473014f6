import type { SqlExecutor } from '../sql/sql-client.js';
import { isChannel } from '../channels/channel.js';
import type { MetricsScope } from './metrics-scope.js';
import type { MediaRow } from '@vitrine/contracts';
import { queryIndicators } from './query-indicators.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * The Media view: each channel with visits in the scope, most visits first, with the indicators of
 * its visits alone. One set of queries grouped by channel, however many channels have visits.
 */
export async function queryMedia(db: SqlExecutor, scope: MetricsScope, now: number, calendar: ZonedCalendar): Promise<MediaRow[]> {
  const figures = await queryIndicators(db, { ...scope, byChannel: true }, now, calendar);
  return [...figures.indicators]
    .filter((entry): entry is [MediaRow['channel'], MediaRow['indicators']] => isChannel(entry[0]) && entry[1].visits > 0)
    .map(([channel, indicators]) => ({ channel, indicators }))
    .sort((a, b) => b.indicators.visits - a.indicators.visits || a.channel.localeCompare(b.channel));
}
