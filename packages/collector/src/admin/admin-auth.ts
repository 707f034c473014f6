import { timingSafeEqual } from 'node:crypto';
import type { SqlClient } from '../sql/sql-client.js';
import { hashSecret } from './hash-secret.js';
import { newSecret } from './new-secret.js';

/** How long a login lasts (ms). */
export const SESSION_MS = 12 * 60 * 60 * 1000;

/** The admin token and login sessions, stored only as hashes (tables: migration 9, store/migrations.ts). */
export interface AdminAuth {
  /** Creates the token if there is none yet; resolves with it only then (it is never readable again). */
  ensureToken(): Promise<string | undefined>;
  /** Replaces the token and ends every session; resolves with the new token. */
  rotateToken(): Promise<string>;
  /** Whether `token` is the admin token (compared in constant time). */
  checkToken(token: string): Promise<boolean>;
  /** Exchanges the token for a new session id; undefined when the token is wrong. */
  startSession(token: string): Promise<{ id: string; expiresAt: number } | undefined>;
  /** Whether `id` names a session that has not expired. */
  checkSession(id: string): Promise<boolean>;
  /** Ends one session (logout). */
  endSession(id: string): Promise<void>;
}

const TOKEN_PREFIX = 'vta_';

export function createAdminAuth(client: SqlClient, now: () => number = Date.now): AdminAuth {
  const checkToken = async (token: string): Promise<boolean> => {
    const row = await client.get<{ token_hash: string }>("SELECT token_hash FROM admin_token WHERE name = 'admin'");
    if (!row) return false;
    return timingSafeEqual(Buffer.from(hashSecret(token), 'hex'), Buffer.from(row.token_hash, 'hex'));
  };
  return {
    async ensureToken() {
      const token = newSecret(TOKEN_PREFIX);
      // DO NOTHING: of several processes starting on one database, exactly one creates the token.
      const { changes } = await client.run(
        "INSERT INTO admin_token (name, token_hash, created_at) VALUES ('admin', ?, ?) ON CONFLICT (name) DO NOTHING",
        [hashSecret(token), now()],
      );
      return changes === 1 ? token : undefined;
    },
    rotateToken: () =>
      client.transaction(async (tx) => {
        const token = newSecret(TOKEN_PREFIX);
        await tx.run(
          "INSERT INTO admin_token (name, token_hash, created_at) VALUES ('admin', ?, ?) ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
          [hashSecret(token), now()],
        );
        await tx.run('DELETE FROM admin_sessions');
        return token;
      }),
    checkToken,
    async startSession(token) {
      if (!(await checkToken(token))) return undefined;
      const id = newSecret('');
      const expiresAt = now() + SESSION_MS;
      await client.run('DELETE FROM admin_sessions WHERE expires_at <= ?', [now()]);
      await client.run('INSERT INTO admin_sessions (id_hash, expires_at) VALUES (?, ?)', [hashSecret(id), expiresAt]);
      return { id, expiresAt };
    },
    async checkSession(id) {
      const row = await client.get<{ expires_at: number }>('SELECT expires_at FROM admin_sessions WHERE id_hash = ?', [hashSecret(id)]);
      return row !== undefined && row.expires_at > now();
    },
    async endSession(id) {
      await client.run('DELETE FROM admin_sessions WHERE id_hash = ?', [hashSecret(id)]);
    },
  };
}
