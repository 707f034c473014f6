import type { SqlExecutor } from '../sql/sql-client.js';
import { isChannel } from '../channels/channel.js';
import { cubeWhere, type MetricsScope } from './metrics-scope.js';
import type { MediaRow } from '@vitrine/contracts';
import { queryIndicators } from './query-indicators.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * The Media view: each channel with visits in the scope (only the scope's channel, with a channel
 * filter), most visits first, with the indicators of its visits alone. At most one query set per
 * GA4 channel (19), whatever the events say: a visit's channel is one of the list.
 */
export async function queryMedia(db: SqlExecutor, scope: MetricsScope, now: number, calendar: ZonedCalendar): Promise<MediaRow[]> {
  const where = cubeWhere(scope);
  const found = await db.all<{ channel: string; visits: number }>(
    `SELECT channel, sum(visits) AS visits FROM rollup_cube WHERE ${where.sql} GROUP BY channel`,
    where.params,
  );
  const channels = found
    .filter((row) => Number(row.visits) > 0 && isChannel(row.channel))
    .sort((a, b) => Number(b.visits) - Number(a.visits) || a.channel.localeCompare(b.channel));
  return Promise.all(
    channels.map(async ({ channel }): Promise<MediaRow> => {
      const figures = await queryIndicators(db, { ...scope, channel: channel as MediaRow['channel'] }, now, calendar);
      return { channel: channel as MediaRow['channel'], indicators: figures.indicators.get('')! };
    }),
  );
}
