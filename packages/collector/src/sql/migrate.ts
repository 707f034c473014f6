import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';

/** The PostgreSQL advisory lock key migrations hold (any constant; "vitrine" in ASCII). */
const MIGRATION_LOCK = 0x76_69_74_72_69_6e_65;

/**
 * Brings the database to SCHEMA_VERSION in one transaction, running the missing migrations and
 * then, if one of them asks, `rebuildRollups`. The version lives in the `vitrine_schema` table;
 * SQLite files written before it existed kept it in `PRAGMA user_version` (then always 1).
 * Refuses a database written by a newer collector rather than guess at its schema.
 */
export async function migrate(client: SqlClient, rebuildRollups: (tx: SqlExecutor) => Promise<void>): Promise<void> {
  await client.transaction(async (tx) => {
    // Several collectors starting at once on one PostgreSQL database migrate one after another. The
    // lock comes before any CREATE: two concurrent CREATE TABLE IF NOT EXISTS can both miss the
    // table and one then fails on PostgreSQL's catalog (duplicate key in pg_type).
    if (client.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(?) AS locked', [MIGRATION_LOCK]);
    await tx.run('CREATE TABLE IF NOT EXISTS vitrine_schema (version INTEGER NOT NULL)');
    const version = await currentVersion(client, tx);
    if (version > SCHEMA_VERSION) {
      throw new Error(`the database has schema version ${version}; this collector knows up to ${SCHEMA_VERSION}`);
    }
    const missing = MIGRATIONS.filter((migration) => migration.version > version);
    if (missing.length === 0) return;
    for (const migration of missing) {
      const own = client.dialect === 'sqlite' ? migration.sqliteStatements : migration.postgresStatements;
      const statements = [...migration.statements, ...(own ?? [])];
      for (const statement of statements) await tx.run(statement);
    }
    if (missing.some((migration) => migration.rebuildRollups)) await rebuildRollups(tx);
    await tx.run('DELETE FROM vitrine_schema');
    await tx.run('INSERT INTO vitrine_schema (version) VALUES (?)', [SCHEMA_VERSION]);
  });
}

async function currentVersion(client: SqlClient, tx: SqlExecutor): Promise<number> {
  const row = await tx.get<{ version: number }>('SELECT max(version) AS version FROM vitrine_schema');
  if (row?.version != null) return row.version;
  if (client.dialect !== 'sqlite') return 0;
  const legacy = await tx.get<{ user_version: number }>('PRAGMA user_version');
  return legacy?.user_version ?? 0;
}
