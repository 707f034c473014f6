import type { DailySeries, Module } from '@vitrine/contracts';
import { ctaInModule, type SeriesSums } from './query-cube.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * The daily series from per-bucket cube sums (of the module's columns, with a module filter) and visitors new for their day (queryVisitors): each
 * 15-minute bucket is added to its local day (a bucket never straddles midnight in a real time zone).
 */
export function seriesOf(buckets: ReadonlyMap<string, SeriesSums>, newForDay: ReadonlyMap<string, number>, calendar: ZonedCalendar, days: string[], module: Module | undefined): DailySeries {
  const index = new Map(days.map((day, i) => [day, i]));
  const zeros = (): number[] => days.map(() => 0);
  const series: DailySeries = { days, visits: zeros(), visitors: zeros(), loads: zeros(), views: zeros(), engagedMs: zeros(), interactions: zeros(), ctaClicked: zeros() };
  for (const [bucket, sums] of buckets) {
    const i = index.get(calendar.dayOf(Number(bucket)));
    if (i === undefined) continue;
    series.visits[i]! += sums.visits;
    series.loads[i]! += sums.loads;
    series.views[i]! += sums.views;
    series.engagedMs[i]! += sums.engaged_ms;
    series.interactions[i]! += sums.interactions;
    series.ctaClicked[i]! += ctaInModule(module) ? sums.cta : 0;
  }
  for (const [bucket, visitors] of newForDay) {
    const i = index.get(calendar.dayOf(Number(bucket)));
    if (i !== undefined) series.visitors[i]! += visitors;
  }
  return series;
}
