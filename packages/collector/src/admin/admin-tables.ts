import { createTablesOnce } from '../store/migrate.js';
import type { SqlClient } from '../store/sql-client.js';

/**
 * The admin's own tables: the token's hash (one row, `name = 'admin'`) and the login sessions'
 * hashed ids with their expiry (ms since the epoch). Plain SQL both SQLite and PostgreSQL accept.
 */
export const ADMIN_TABLES: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS admin_token (
  name TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS admin_sessions (
  id_hash TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
)`,
];

/** Creates the admin tables if missing. */
export async function ensureAdminTables(client: SqlClient): Promise<void> {
  await createTablesOnce(client, ADMIN_TABLES);
}
