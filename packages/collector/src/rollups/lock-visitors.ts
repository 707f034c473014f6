import type { SqlClient, SqlExecutor } from '../store/sql-client.js';

/**
 * Serialises writers of the same visitors' rollups. SQLite transactions already run one at a time;
 * on PostgreSQL, several collectors may ingest one visitor's batches at once, and a visit rebuilt
 * from a snapshot that misses the other's events would be wrong, so each visitor's row is locked
 * until commit. Sorted, so two writers always lock in the same order and cannot deadlock.
 */
export async function lockVisitors(tx: SqlExecutor, dialect: SqlClient['dialect'], visitors: Iterable<string>): Promise<void> {
  for (const visitor of [...new Set(visitors)].sort()) {
    await tx.run('INSERT INTO rollup_visitors (visitor) VALUES (?) ON CONFLICT (visitor) DO NOTHING', [visitor]);
    if (dialect === 'postgres') await tx.get('SELECT visitor FROM rollup_visitors WHERE visitor = ? FOR UPDATE', [visitor]);
  }
}
