import type { SqlClient } from '../sql/sql-client.js';
import { createAdminAuth } from './admin-auth.js';

/**
 * `vitrine-collector rotate-admin-token`: replaces the admin token of the (migrated) database behind `sql`
 * and ends every login session; resolves with the new token. A collector running on the same
 * database accepts only the new token from its next request on (it keeps no copy).
 */
export async function rotateAdminToken(sql: SqlClient): Promise<string> {
  return createAdminAuth(sql).rotateToken();
}
