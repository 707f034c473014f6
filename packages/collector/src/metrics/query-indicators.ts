import type { SqlReader } from '../sql/sql-client.js';
import { emptySums, indicatorsOf } from './cube-figures.js';
import { splitColumn, type MetricsScope } from './metrics-scope.js';
import type { Indicators } from '@vitrine/contracts';
import { queryCube, type CubeSums, type SeriesSums } from './query-cube.js';
import { queryCtaAndLive, queryVisitors } from './query-visitors.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/** Live visitors are those with an event in this window before now (ms). */
export const LIVE_WINDOW_MS = 5 * 60_000;

/** What the dashboard is computed from: cube sums, series sums and new visitors per bucket, and the indicators. */
export interface ScopeFigures {
  /** Keyed like `indicators`. */
  totals: Map<string, CubeSums>;
  buckets: Map<string, SeriesSums>;
  newForDay: Map<string, number>;
  /** Keyed '' when not split, else by arm id or channel. */
  indicators: Map<string, Indicators>;
}

/** Reads the scope's rollups and computes its indicators (per arm or channel when the scope is split). */
export async function queryIndicators(db: SqlReader, scope: MetricsScope, now: number, calendar: ZonedCalendar): Promise<ScopeFigures> {
  const [cube, people, { cta, live }] = await Promise.all([queryCube(db, scope), queryVisitors(db, scope, calendar), queryCtaAndLive(db, scope, now, LIVE_WINDOW_MS)]);
  const split = splitColumn(scope) !== undefined;
  const keys = split ? new Set([...cube.totals.keys(), ...people.visitors.keys()]) : new Set(['']);
  const indicators = new Map<string, Indicators>();
  for (const key of keys) {
    const sums = cube.totals.get(key) ?? emptySums();
    indicators.set(
      key,
      indicatorsOf(
        sums,
        {
          visitors: people.visitors.get(key) ?? 0,
          returningVisitors: people.returningVisitors.get(key) ?? 0,
          ctaVisitors: cta.get(key) ?? 0,
          liveVisitors: live.get(key) ?? 0,
        },
        scope.module,
      ),
    );
  }
  return { totals: cube.totals, buckets: cube.buckets, newForDay: people.newForDay, indicators };
}
