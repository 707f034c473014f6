import type { SqlExecutor } from '../store/sql-client.js';
import { indicatorsOf, type VisitorFigures } from './cube-figures.js';
import type { MetricsScope } from './metrics-scope.js';
import type { Indicators } from './metrics-types.js';
import { queryCube, sumCube, type CubeSums } from './query-cube.js';
import { queryCtaAndLive, queryVisitors, type VisitorRow } from './query-visitors.js';

/** Live visitors are those with an event in this window before now (ms). */
export const LIVE_WINDOW_MS = 5 * 60_000;

/** What the whole dashboard is computed from: the cube per bucket (or arm) and the visitor counts. */
export interface ScopeFigures {
  cube: Map<string, CubeSums>;
  visitorRows: VisitorRow[];
  /** Keyed '' when not split by arm, else by arm id. */
  indicators: Map<string, Indicators>;
}

/** Reads the scope's rollups and computes its indicators (per arm when the scope is split by arm). */
export async function queryIndicators(db: SqlExecutor, scope: MetricsScope, now: number): Promise<ScopeFigures> {
  const [cube, visitorRows, { cta, live }] = await Promise.all([queryCube(db, scope), queryVisitors(db, scope), queryCtaAndLive(db, scope, now, LIVE_WINDOW_MS)]);
  const split = scope.experiment !== undefined && scope.arm === undefined;
  const keys = split ? new Set([...cube.keys(), ...visitorRows.map((row) => row.key)]) : new Set(['']);
  const indicators = new Map<string, Indicators>();
  for (const key of keys) {
    const rows = split ? visitorRows.filter((row) => row.key === key) : visitorRows;
    const visitors = rows.reduce((sum, row) => sum + row.firstInRange, 0);
    const people: VisitorFigures = {
      visitors,
      returningVisitors: visitors - rows.reduce((sum, row) => sum + row.onlyVisit, 0),
      ctaVisitors: cta.get(key) ?? 0,
      liveVisitors: live.get(key) ?? 0,
    };
    indicators.set(key, indicatorsOf(split ? sumCube(cube.has(key) ? [cube.get(key)!] : []) : sumCube(cube.values()), people, scope.module));
  }
  return { cube, visitorRows, indicators };
}
