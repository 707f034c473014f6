import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createPostgresEventStore } from './create-postgres-event-store.js';
import { createSqliteEventStore } from './create-sqlite-event-store.js';
import { DB_FILE_NAME } from './db-file-name.js';
import type { EventStore } from './event-store.js';

/**
 * The one place that picks the database: PostgreSQL at `database` when given, else SQLite in
 * `dataDir` (created if missing). `where` names it for logs, without a password.
 */
export async function openEventStore(
  database: string | undefined,
  dataDir: string,
  log?: (line: string) => void,
): Promise<{ store: EventStore; where: string }> {
  if (database !== undefined) {
    const url = new URL(database);
    if (url.password) url.password = '***';
    return { store: await createPostgresEventStore(database, log), where: url.href };
  }
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE_NAME);
  return { store: await createSqliteEventStore(path), where: path };
}
