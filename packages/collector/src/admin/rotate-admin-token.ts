import { join } from 'node:path';
import { DB_FILE_NAME } from '../store/sqlite-db.js';
import { createSqliteClient } from '../store/sqlite-client.js';
import { createAdminAuth } from './admin-auth.js';
import { ensureAdminTables } from './admin-tables.js';

/**
 * `vitrine-collector rotate-admin-token --data <dir>`: replaces the admin token of the database in
 * `dataDir` and ends every login session; resolves with the new token. A collector running on the
 * same database accepts only the new token from its next request on (it keeps no copy).
 */
export async function rotateAdminToken(dataDir: string): Promise<string> {
  const client = createSqliteClient(join(dataDir, DB_FILE_NAME));
  try {
    await ensureAdminTables(client);
    return await createAdminAuth(client).rotateToken();
  } finally {
    await client.close();
  }
}
