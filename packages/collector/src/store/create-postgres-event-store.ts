import type { EventStore } from './event-store.js';
import { createPostgresClient } from '../sql/postgres-client.js';
import { createSqlEventStore } from './sql-event-store.js';

/**
 * An EventStore in the PostgreSQL database at `url`, migrated as needed. Several collectors may
 * share the database: migrations take a table lock, and ingest locks the visitors it updates.
 */
export async function createPostgresEventStore(url: string, log?: (line: string) => void): Promise<EventStore> {
  const client = createPostgresClient(url, log ? { log } : {});
  try {
    return await createSqlEventStore(client);
  } catch (error) {
    await client.close();
    throw error;
  }
}
