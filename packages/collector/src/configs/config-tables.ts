import { createTablesOnce } from '../store/migrate.js';
import type { SqlClient } from '../store/sql-client.js';

/**
 * Showroom configs and every saved version of each. A version is never changed or deleted:
 * revert saves an old one again as the newest. `latest_version` is bumped by an UPDATE, whose row
 * lock serialises concurrent saves on PostgreSQL; `valid` records the widget validator's verdict
 * at save time (publish checks again). Times are ms since the epoch.
 */
export const CONFIG_TABLES: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS configs (
  id TEXT PRIMARY KEY,
  latest_version INTEGER NOT NULL,
  published_version INTEGER,
  updated_at BIGINT NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS config_versions (
  config_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  author TEXT NOT NULL,
  label TEXT NOT NULL,
  valid INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (config_id, version)
)`,
];

/** Creates the config tables if missing. */
export async function ensureConfigTables(client: SqlClient): Promise<void> {
  await createTablesOnce(client, CONFIG_TABLES);
}
