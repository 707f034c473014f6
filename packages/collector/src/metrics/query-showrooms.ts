import type { SqlReader } from '../sql/sql-client.js';

/**
 * The distinct showroom ids of the cube, one index seek each (a loose index scan): reading every
 * cube row for them would cost as much as the rest of the figures together.
 */
const DISTINCT_SHOWROOMS = `WITH RECURSIVE ids (id) AS (
    SELECT min(showroom_id) FROM rollup_cube
    UNION ALL
    SELECT (SELECT min(showroom_id) FROM rollup_cube WHERE showroom_id > ids.id) FROM ids WHERE ids.id IS NOT NULL
  )
  SELECT id FROM ids WHERE id IS NOT NULL AND id <> '*' AND id <> '' ORDER BY id`;

/**
 * The showrooms that have events, for the filter: only the `known` ones (the stored configs)
 * when given, the others counted, so forged showroom ids cannot flood the list.
 */
export async function queryShowrooms(db: SqlReader, known: ReadonlySet<string> | undefined): Promise<{ listed: string[]; unknown: number }> {
  const ids = (await db.all<{ id: string }>(DISTINCT_SHOWROOMS)).map((row) => row.id);
  const listed = known ? ids.filter((id) => known.has(id)) : ids;
  return { listed, unknown: ids.length - listed.length };
}
