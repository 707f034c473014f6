import { CUBE_COLUMNS, type CubeColumn } from '../rollups/fact-columns.js';
import type { SqlReader } from '../sql/sql-client.js';
import { cubeWhere, splitColumn, type MetricsScope } from './metrics-scope.js';
import { MODULES, type Module } from '@vitrine/contracts';

export type CubeSums = Record<CubeColumn, number>;

/** What the daily series read of each bucket (with a module filter, that module's columns). */
export const SERIES_COLUMNS = ['visits', 'loads', 'views', 'engaged_ms', 'interactions', 'cta'] as const;
export type SeriesSums = Record<(typeof SERIES_COLUMNS)[number], number>;

/**
 * The cube's sums over the scope: in total (keyed '') or per arm or channel when the scope is split
 * (see splitColumn; then only the columns its rows read, the others 0), and, unless
 * split, the few columns the daily series need per 15-minute bucket. The database sums; only about
 * one small row per bucket comes back.
 */
export async function queryCube(db: SqlReader, scope: MetricsScope): Promise<{ totals: Map<string, CubeSums>; buckets: Map<string, SeriesSums> }> {
  const where = cubeWhere(scope);
  const split = splitColumn(scope);
  // Split, only what the rows show: per arm and per channel their indicators (a fifth of the
  // columns), per channel with view=media their modules too.
  const summed = !split ? CUBE_COLUMNS : scope.byChannel === 'media' ? mediaColumns(scope.module) : indicatorColumns(scope.module);
  const sums = summed.map((column) => `sum(${column}) AS ${column}`).join(', ');
  const seriesColumn = (column: (typeof SERIES_COLUMNS)[number]): string =>
    scope.module !== undefined && (column === 'engaged_ms' || column === 'interactions') ? `${column}_${scope.module} AS ${column}` : column;
  const [totals, buckets] = await Promise.all([
    db.all<Record<string, number | string | null>>(
      split ? `SELECT ${split} AS "key", ${sums} FROM rollup_cube WHERE ${where.sql} GROUP BY ${split}` : `SELECT '' AS "key", ${sums} FROM rollup_cube WHERE ${where.sql}`,
      where.params,
    ),
    split
      ? Promise.resolve([])
      : db.all<Record<string, number>>(`SELECT bucket, ${SERIES_COLUMNS.map(seriesColumn).join(', ')} FROM rollup_cube WHERE ${where.sql}`, where.params),
  ]);
  return {
    totals: new Map(totals.map((row) => [String(row['key']), Object.fromEntries(CUBE_COLUMNS.map((column) => [column, Number(row[column] ?? 0)])) as CubeSums])),
    buckets: new Map(buckets.map((row) => [String(row['bucket']), Object.fromEntries(SERIES_COLUMNS.map((column) => [column, Number(row[column])])) as SeriesSums])),
  };
}

/** The cube columns indicatorsOf reads, with or without a module filter. */
const indicatorColumns = (module: Module | undefined): CubeColumn[] =>
  module === undefined
    ? ['visits', 'loads', 'views', 'engaged_ms', 'engaged_sessions', 'interactions']
    : ['visits', 'loads', 'views', `engaged_ms_${module}`, `engaged_sessions_${module}`, `interactions_${module}`];

/** The cube columns of a full Media row: its indicators' and its module rows' (see modulesOf). */
const mediaColumns = (module: Module | undefined): CubeColumn[] =>
  module === undefined
    ? [...indicatorColumns(undefined), ...MODULES.flatMap((name): CubeColumn[] => [`engaged_ms_${name}`, `engaged_sessions_${name}`, `interactions_${name}`])]
    : indicatorColumns(module);

/** The module filter's own count of CTA clicks per bucket: all of them, or none outside 'act'. */
export const ctaInModule = (module: Module | undefined): boolean => module === undefined || module === 'act';
