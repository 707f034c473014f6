import { CUBE_COLUMNS, type CubeColumn } from '../rollups/fact-columns.js';
import type { SqlExecutor } from '../store/sql-client.js';
import { cubeWhere, splitByArm, type MetricsScope } from './metrics-scope.js';

export type CubeSums = Record<CubeColumn, number>;

/**
 * The cube's sums in the scope: per 15-minute bucket (keyed by its ms), or per arm (keyed by arm
 * id) when the scope is split by arm. At most one row per bucket and arm is read.
 */
export async function queryCube(db: SqlExecutor, scope: MetricsScope): Promise<Map<string, CubeSums>> {
  const where = cubeWhere(scope);
  const key = splitByArm(scope) ? 'arm_id' : 'bucket';
  const rows = await db.all<Record<string, number | string>>(
    `SELECT ${key} AS "key", ${CUBE_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(', ')} FROM rollup_cube WHERE ${where.sql} GROUP BY ${key}`,
    where.params,
  );
  return new Map(rows.map((row) => [String(row['key']), Object.fromEntries(CUBE_COLUMNS.map((column) => [column, Number(row[column] ?? 0)])) as CubeSums]));
}

/** The sums of several cube rows. */
export function sumCube(rows: Iterable<CubeSums>): CubeSums {
  const total = Object.fromEntries(CUBE_COLUMNS.map((column) => [column, 0])) as CubeSums;
  for (const row of rows) for (const column of CUBE_COLUMNS) total[column] += row[column];
  return total;
}
