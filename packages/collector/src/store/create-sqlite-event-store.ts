import type { EventStore } from './event-store.js';
import { createSqlEventStore } from './sql-event-store.js';
import { createSqliteClient } from '../sql/sqlite-client.js';

/** An EventStore in the SQLite file at `path`, created and migrated as needed. */
export async function createSqliteEventStore(path: string): Promise<EventStore> {
  const client = createSqliteClient(path);
  try {
    return await createSqlEventStore(client);
  } catch (error) {
    await client.close();
    throw error;
  }
}
