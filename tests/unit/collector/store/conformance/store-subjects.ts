import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { EventStore } from '../../../../../packages/collector/src/store/event-store.js';
import { createPostgresClient } from '../../../../../packages/collector/src/sql/postgres-client.js';
import type { SqlClient } from '../../../../../packages/collector/src/sql/sql-client.js';
import { createSqlEventStore, type StoreOptions } from '../../../../../packages/collector/src/store/sql-event-store.js';
import { createSqliteClient } from '../../../../../packages/collector/src/sql/sqlite-client.js';
import { createTestDatabase, postgresUrl } from '../../../support/test-postgres.js';

/** A database the conformance suite runs the same store code on. */
export interface Subject {
  name: 'SQLite' | 'PostgreSQL';
  /** A client on a new empty database (removed after the test file). */
  client(): Promise<SqlClient>;
  /** An EventStore on a new empty database. */
  open(options?: StoreOptions): Promise<EventStore>;
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'vitrine-conformance-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));
let sqliteFiles = 0;
const databases: Awaited<ReturnType<typeof createTestDatabase>>[] = [];
afterAll(async () => {
  for (const database of databases.splice(0)) await database.drop();
});

export const sqlite: Subject = {
  name: 'SQLite',
  client: async () => createSqliteClient(join(sqliteDir, `db-${++sqliteFiles}.sqlite`)),
  open: async (options) => createSqlEventStore(await sqlite.client(), options),
};

export const postgres: Subject = {
  name: 'PostgreSQL',
  client: async () => {
    const database = await createTestDatabase();
    databases.push(database);
    return createPostgresClient(database.url);
  },
  open: async (options) => createSqlEventStore(await postgres.client(), options),
};

/** SQLite, and PostgreSQL where it is installed (a suite needing both uses describePostgres). */
export const SUBJECTS: Subject[] = postgresUrl ? [sqlite, postgres] : [sqlite];
