import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdminAuth, SESSION_MS, type AdminAuth } from '../../../../packages/collector/src/admin/admin-auth.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';

describe('createAdminAuth', () => {
  let client: SqlClient;
  let auth: AdminAuth;
  let now = 1_000_000;

  beforeEach(async () => {
    client = createSqliteClient(':memory:');
    await migrate(client, rebuildRollups);
    auth = createAdminAuth(client, () => now);
  });
  afterEach(() => client.close());

  it('creates a strong token once, then never again', async () => {
    const token = await auth.ensureToken();
    expect(token).toMatch(/^vta_[\w-]{43}$/);
    expect(await auth.ensureToken()).toBeUndefined();
    expect(await auth.checkToken(token!)).toBe(true);
  });

  it('stores only the hash of the token', async () => {
    const token = (await auth.ensureToken())!;
    const rows = await client.all<Record<string, unknown>>('SELECT * FROM admin_token');
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
  });

  it.each([['a wrong token', 'vta_wrong'], ['an empty token', ''], ['the token with a character more', 'X']])('refuses %s', async (_, given) => {
    const token = (await auth.ensureToken())!;
    expect(await auth.checkToken(given === 'X' ? `${token}X` : given)).toBe(false);
    expect(await auth.startSession(given === 'X' ? `${token}X` : given)).toBeUndefined();
  });

  it('exchanges the token for a session that works until it expires', async () => {
    const token = (await auth.ensureToken())!;
    const session = (await auth.startSession(token))!;
    expect(session.expiresAt).toBe(now + SESSION_MS);
    expect(await auth.checkSession(session.id)).toBe(true);
    expect(await auth.checkSession(`${session.id}x`)).toBe(false);
    now += SESSION_MS;
    expect(await auth.checkSession(session.id)).toBe(false);
  });

  it('ends one session on logout and keeps the others', async () => {
    const token = (await auth.ensureToken())!;
    const [a, b] = [(await auth.startSession(token))!, (await auth.startSession(token))!];
    await auth.endSession(a.id);
    expect(await auth.checkSession(a.id)).toBe(false);
    expect(await auth.checkSession(b.id)).toBe(true);
  });

  it('rotates: the old token and every session stop working, the new token works', async () => {
    const old = (await auth.ensureToken())!;
    const session = (await auth.startSession(old))!;
    const fresh = await auth.rotateToken();
    expect(fresh).not.toBe(old);
    expect(await auth.checkToken(old)).toBe(false);
    expect(await auth.checkSession(session.id)).toBe(false);
    expect(await auth.checkToken(fresh)).toBe(true);
  });
});
