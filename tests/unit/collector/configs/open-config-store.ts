import { readFileSync } from 'node:fs';
import { createConfigStore, type ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';

/** The Aster chair config the contracts' tests validate, to save under other ids. */
export const ASTER_CHAIR = JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8'));

/** A config store on a fresh, migrated in-memory database; the caller closes `client`. */
export async function openConfigStore(): Promise<{ client: SqlClient; store: ConfigStore }> {
  const client = createSqliteClient(':memory:');
  await migrate(client, rebuildRollups);
  return { client, store: createConfigStore(client) };
}
