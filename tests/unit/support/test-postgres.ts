import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';

/** The cluster of postgres-global-setup.ts, or '' when PostgreSQL is missing. */
export const postgresUrl = inject('postgresUrl');

/**
 * `describe` for tests that need PostgreSQL: where it is missing, the suite is skipped with the
 * reason in its name, so the skip shows in every report rather than passing silently.
 */
export const describePostgres = (name: string, suite: () => void): void => {
  if (postgresUrl) describe(name, suite);
  else describe.skip(`${name} — SKIPPED: ${inject('postgresMissing')}`, suite);
};

/**
 * A new empty database on the test cluster, so test files running side by side never see each
 * other's rows; resolves with its URL and a `drop()` for afterAll.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `vitrine_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
