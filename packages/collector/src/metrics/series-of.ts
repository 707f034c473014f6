import { engagement } from './cube-figures.js';
import type { DailySeries, Module } from './metrics-types.js';
import type { CubeSums } from './query-cube.js';
import type { VisitorRow } from './query-visitors.js';
import type { ZonedCalendar } from './zoned-calendar.js';

/**
 * The daily series from per-bucket cube sums and visitor rows: each 15-minute bucket is added to
 * its local day (a bucket never straddles midnight in a real time zone). A visit is a new visitor
 * of its day unless the visitor's previous visit was the same local day.
 */
export function seriesOf(cube: Map<string, CubeSums>, visitorRows: readonly VisitorRow[], calendar: ZonedCalendar, days: string[], module: Module | undefined): DailySeries {
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
  for (const row of visitorRows) {
    const day = calendar.dayOf(Number(row.key));
    const i = index.get(day);
    if (i !== undefined && (row.prev < 0 || calendar.dayOf(row.prev) !== day)) series.visitors[i]! += row.visits;
  }
  return series;
}
