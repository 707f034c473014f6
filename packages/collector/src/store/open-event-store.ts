import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DB_FILE_NAME } from './db-file-name.js';
import type { EventStore } from './event-store.js';
import { createPostgresClient } from '../sql/postgres-client.js';
import type { SqlClient } from '../sql/sql-client.js';
import { createSqlEventStore, type StoreOptions } from './sql-event-store.js';
import { createSqliteClient } from '../sql/sqlite-client.js';

/**
 * The one place that picks the database: PostgreSQL at `database` when given, else SQLite in
 * `dataDir` (created if missing). `where` names it for logs, without a password. `sql` is the
 * store's own client, for the other tables of the same database (admin, config versions);
 * `store.close()` closes it. `options`: see StoreOptions.
 */
export async function openEventStore(
  database: string | undefined,
  dataDir: string,
  log?: (line: string) => void,
  options: StoreOptions = {},
): Promise<{ store: EventStore; sql: SqlClient; where: string }> {
  let sql: SqlClient;
  let where: string;
  if (database !== undefined) {
    const url = new URL(database);
    if (url.password) url.password = '***';
    // Several collectors may share the database: migrations take a lock, ingest locks the visitors it updates.
    sql = createPostgresClient(database, log ? { log } : {});
    where = url.href;
  } else {
    await mkdir(dataDir, { recursive: true });
    where = join(dataDir, DB_FILE_NAME);
    sql = createSqliteClient(where);
  }
  try {
    return { store: await createSqlEventStore(sql, options), sql, where };
  } catch (error) {
    await sql.close();
    throw error;
  }
}
