import type { SqlClient, SqlExecutor } from '../sql/sql-client.js';

/** The PostgreSQL advisory lock key of rollup writers (any constant; "rollup" in ASCII). */
const ROLLUP_LOCK = 0x72_6f_6c_6c_75_70;

/**
 * Serialises writers of the same visitors' rollups. SQLite transactions already run one at a time;
 * on PostgreSQL, several collectors may ingest one visitor's batches at once, and a visit rebuilt
 * from a snapshot that misses the other's events would be wrong, so each visitor's row is locked
 * until commit. Sorted, so two writers always lock in the same order and cannot deadlock.
 *
 * On PostgreSQL, rollup writers also take turns, whatever their visitors: the cubes they add to are
 * shared by every visitor of a showroom, arm and 15-minute bucket, and two writers upserting shared
 * cube rows in different orders deadlock. One transaction-level advisory lock, taken before any
 * rollup row, orders them (the events inserts before it still run side by side). Called with no
 * visitors, it takes that lock only (a full rebuild).
 */
export async function lockVisitors(tx: SqlExecutor, dialect: SqlClient['dialect'], visitors: Iterable<string>): Promise<void> {
  if (dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(?) AS locked', [ROLLUP_LOCK]);
  for (const visitor of [...new Set(visitors)].sort()) {
    await tx.run('INSERT INTO rollup_visitors (visitor) VALUES (?) ON CONFLICT (visitor) DO NOTHING', [visitor]);
    if (dialect === 'postgres') await tx.get('SELECT visitor FROM rollup_visitors WHERE visitor = ? FOR UPDATE', [visitor]);
  }
}
