import type { SqlExecutor } from '../sql/sql-client.js';
import { idFilter } from './id-filter.js';

const HAS_SHOWROOM = "showroom_id <> '*' AND showroom_id <> ''";

/**
 * The showrooms that have events, for the filter: only the `known` ones (the stored configs)
 * when given, the others counted, so forged showroom ids cannot flood the list.
 */
export async function queryShowrooms(db: SqlExecutor, known: ReadonlySet<string> | undefined): Promise<{ listed: string[]; unknown: number }> {
  const listed = known && idFilter('showroom_id', known);
  const unlisted = known && idFilter('showroom_id', known, true);
  const [rows, unknown] = await Promise.all([
    db.all<{ showroom_id: string }>(`SELECT DISTINCT showroom_id FROM rollup_cube WHERE ${HAS_SHOWROOM}${listed ? ` AND ${listed.sql}` : ''} ORDER BY showroom_id`, listed?.params ?? []),
    unlisted ? db.get<{ n: number }>(`SELECT count(DISTINCT showroom_id) AS n FROM rollup_cube WHERE ${HAS_SHOWROOM} AND ${unlisted.sql}`, unlisted.params) : undefined,
  ]);
  return { listed: rows.map((row) => row.showroom_id), unknown: Number(unknown?.n ?? 0) };
}
