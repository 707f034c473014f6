import { engagement } from './cube-figures.js';
import type { DailySeries, Module } from './metrics-types.js';
import type { CubeSums } from './query-cube.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * The daily series from per-bucket cube sums and visitors new for their day (queryVisitors): each
 * 15-minute bucket is added to its local day (a bucket never straddles midnight in a real time zone).
 */
export function seriesOf(cube: Map<string, CubeSums>, newForDay: ReadonlyMap<string, number>, calendar: ZonedCalendar, days: string[], module: Module | undefined): DailySeries {
  const index = new Map(days.map((day, i) => [day, i]));
  const zeros = (): number[] => days.map(() => 0);
  const series: DailySeries = { days, visits: zeros(), visitors: zeros(), loads: zeros(), views: zeros(), engagedMs: zeros(), interactions: zeros(), ctaClicked: zeros() };
  for (const [bucket, sums] of cube) {
    const i = index.get(calendar.dayOf(Number(bucket)));
    if (i === undefined) continue;
    const { interactions, engagedMs } = engagement(sums, module);
    series.visits[i]! += sums.visits;
    series.loads[i]! += sums.loads;
    series.views[i]! += sums.views;
    series.engagedMs[i]! += engagedMs;
    series.interactions[i]! += interactions;
    series.ctaClicked[i]! += module === undefined || module === 'act' ? sums.cta : 0;
  }
  for (const [bucket, visitors] of newForDay) {
    const i = index.get(calendar.dayOf(Number(bucket)));
    if (i !== undefined) series.visitors[i]! += visitors;
  }
  return series;
}
