import type { Where } from './metrics-scope.js';

/** `column IN (ids)`, or `NOT IN` with `not`; an empty list matches nothing (everything with `not`). */
export function idFilter(column: string, ids: Iterable<string>, not = false): Where {
  const list = [...ids];
  if (list.length === 0) return { sql: not ? '1 = 1' : '1 = 0', params: [] };
  return { sql: `${column} ${not ? 'NOT IN' : 'IN'} (${list.map(() => '?').join(', ')})`, params: list };
}
