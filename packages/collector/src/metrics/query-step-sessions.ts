import type { SqlReader } from '../sql/sql-client.js';
import { cubeWhere, splitColumn, type MetricsScope } from './metrics-scope.js';
import { CHANNELS } from '@vitrine/contracts';

/**
 * Sessions that reached each quiz and story step in the scope (see funnelsOf): keyed '' when not
 * split, else by arm id or channel, each step's sessions summed by the database in one query.
 */
export async function queryStepSessions(db: SqlReader, scope: MetricsScope): Promise<Map<string, Map<string, number>>> {
  const split = splitColumn(scope);
  if (split === 'channel') {
    // A query per channel, side by side: grouping a month of every channel's rows at once sorted
    // them all in one temporary b-tree (SQLite, 120,000 rows at 1M events: 88 ms; 59 ms apart).
    const parts = await Promise.all(CHANNELS.map(async (channel) => [channel, (await queryStepSessions(db, { ...scope, byChannel: undefined, channel })).get('')] as const));
    return new Map(parts.flatMap(([channel, steps]) => (steps ? [[channel, steps] as const] : [])));
  }
  const where = cubeWhere(scope);
  const rows = await db.all<{ key: string; step: string; sessions: number }>(
    `SELECT ${split ?? "''"} AS "key", step, sum(sessions) AS sessions FROM rollup_step_cube WHERE ${where.sql} GROUP BY ${split ? `${split}, ` : ''}step`,
    where.params,
  );
  const byKey = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const key = String(row.key);
    byKey.set(key, (byKey.get(key) ?? new Map<string, number>()).set(row.step, Number(row.sessions)));
  }
  return byKey;
}
