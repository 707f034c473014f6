import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createPostgresClient } from '../../../../packages/collector/src/sql/postgres-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';
import { createTestDatabase, describePostgres } from '../../support/test-postgres.js';

describePostgres('createPostgresClient', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: SqlClient;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });
  beforeEach(async () => {
    client = createPostgresClient(database.url);
    await client.exec('DROP TABLE IF EXISTS t; CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT NOT NULL)');
  });
  afterEach(async () => {
    await client.close();
  });

  it('runs positional parameters and returns rows and changes', async () => {
    expect(client.dialect).toBe('postgres');
    expect(await client.run('INSERT INTO t (k, n) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2 ** 40])).toEqual({ changes: 2 });
    expect(await client.all('SELECT k, n FROM t ORDER BY k')).toEqual([
      { k: 'a', n: 1 },
      { k: 'b', n: 2 ** 40 },
    ]);
    expect(await client.get('SELECT n FROM t WHERE k = ?', ['z'])).toBeUndefined();
  });

  it('returns counts, sums and comparisons as numbers, as the SQLite client does', async () => {
    await client.run("INSERT INTO t (k, n) VALUES ('a', 2), ('b', 3)");
    expect(await client.get('SELECT count(*) AS c, sum(n) AS s, avg(n) AS a, max(n) > 2 AS big FROM t')).toEqual({ c: 2, s: 5, a: 2.5, big: 1 });
  });

  it('keeps a ? inside a string literal as text', async () => {
    expect(await client.get("SELECT 'what?' AS q, ? AS p", ['x'])).toEqual({ q: 'what?', p: 'x' });
  });

  it('commits a transaction that resolves and rolls back one that rejects', async () => {
    await client.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k, n) VALUES (?, ?)', ['kept', 1]);
    });
    await expect(
      client.transaction(async (tx) => {
        await tx.run('INSERT INTO t (k, n) VALUES (?, ?)', ['dropped', 1]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await client.all('SELECT k FROM t')).toEqual([{ k: 'kept' }]);
  });

  it('runs each transaction on one connection: its uncommitted rows are invisible outside it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writing = client.transaction(async (tx) => {
      await tx.run("INSERT INTO t (k, n) VALUES ('pending', 1)");
      expect(await tx.get('SELECT count(*) AS c FROM t')).toEqual({ c: 1 });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await client.get('SELECT count(*) AS c FROM t')).toEqual({ c: 0 });
    release();
    await writing;
    expect(await client.get('SELECT count(*) AS c FROM t')).toEqual({ c: 1 });
  });

  it('runs queries a transaction starts together one after another on its connection, as pg wants', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.message);
    process.on('warning', onWarning);
    await client.transaction((tx) => Promise.all(Array.from({ length: 5 }, (_, i) => tx.run('INSERT INTO t (k, n) VALUES (?, ?)', [`k${i}`, i]))));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('warning', onWarning);
    expect(warnings).toEqual([]);
    expect(await client.get('SELECT count(*) AS c FROM t')).toEqual({ c: 5 });
  });

  it('rolls back only after the queries a failed transaction had queued, so none of them lands outside it', async () => {
    await expect(
      client.transaction((tx) =>
        Promise.all([tx.run('INSERT INTO t (k) VALUES (?)', ['no-n']), ...['a', 'b', 'c'].map((k) => tx.run('INSERT INTO t (k, n) VALUES (?, 1)', [k]))]),
      ),
    ).rejects.toThrow(/null value in column "n"/);
    await client.transaction((tx) => tx.run("INSERT INTO t (k, n) VALUES ('after', 1)"));
    expect(await client.all('SELECT k FROM t')).toEqual([{ k: 'after' }]);
  });

  it('loses no increment when concurrent transactions upsert the same row', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        client.transaction((tx) => tx.run('INSERT INTO t (k, n) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET n = t.n + excluded.n', ['c'])),
      ),
    );
    expect(await client.get('SELECT n FROM t WHERE k = ?', ['c'])).toEqual({ n: 20 });
  });

  it('rejects with the database error for bad SQL, and stays usable', async () => {
    await expect(client.all('SELECT nope FROM t')).rejects.toThrow(/column "nope" does not exist/);
    await expect(client.transaction((tx) => tx.run('INSERT INTO t (k) VALUES (?)', ['x']))).rejects.toThrow(/null value in column "n"/);
    expect(await client.get('SELECT count(*) AS c FROM t')).toEqual({ c: 0 });
  });
});

it('refuses a URL that is not a PostgreSQL one, naming the expected form', () => {
  expect(() => createPostgresClient('mysql://localhost/x')).toThrow(/postgres:\/\/ or postgresql:\/\//);
});
