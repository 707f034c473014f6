import { mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';

describe('createSqliteClient', () => {
  let dir: string;
  let client: SqlClient;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vitrine-sqlite-client-'));
    client = createSqliteClient(join(dir, 'test.sqlite'));
    await client.exec('CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT NOT NULL)');
  });
  afterEach(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs positional parameters and returns rows and changes', async () => {
    expect(await client.run('INSERT INTO t (k, n) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2 ** 40])).toEqual({ changes: 2 });
    expect(await client.all('SELECT k, n FROM t ORDER BY k')).toEqual([
      { k: 'a', n: 1 },
      { k: 'b', n: 2 ** 40 },
    ]);
    expect(await client.get('SELECT n FROM t WHERE k = ?', ['z'])).toBeUndefined();
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

  it('runs concurrent transactions one after another, so upserts do not lose increments', async () => {
    await client.run('INSERT INTO t (k, n) VALUES (?, ?)', ['c', 0]);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        client.transaction(async (tx) => {
          const row = await tx.get<{ n: number }>('SELECT n FROM t WHERE k = ?', ['c']);
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.run('UPDATE t SET n = ? WHERE k = ?', [row!.n + 1, 'c']);
        }),
      ),
    );
    expect(await client.get('SELECT n FROM t WHERE k = ?', ['c'])).toEqual({ n: 20 });
  });

  it('zeroes deleted rows', async () => {
    expect(await client.all('PRAGMA secure_delete')).toEqual([{ secure_delete: 1 }]);
  });

  it('empties the WAL when scrubbing deleted rows, after the transactions queued before', async () => {
    const written = client.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k, n) VALUES (?, ?)', ['gone', 1]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await tx.run('DELETE FROM t WHERE k = ?', ['gone']);
    });
    await client.scrubDeleted(['t']);
    await written;
    expect(statSync(join(dir, 'test.sqlite-wal')).size).toBe(0);
    expect(readFileSync(join(dir, 'test.sqlite')).includes('gone')).toBe(false);
  });
});

describe('createSqliteClient durability', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vitrine-sqlite-sync-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A client whose syncs wait until released, recording which files they flushed. */
  function withHeldSyncs() {
    const synced: string[] = [];
    const held: (() => void)[] = [];
    let failNext: Error | undefined;
    const client = createSqliteClient(join(dir, 'db.sqlite'), {
      sync: async (file) => {
        const error = failNext;
        failNext = undefined;
        await new Promise<void>((resolve) => held.push(resolve));
        if (error) throw error;
        synced.push(realpathSync(`/proc/self/fd/${file.fd}`));
      },
    });
    /** Lets the syncs go, one at a time as they come, until `work` settles; returns its outcome. */
    const releaseUntil = async <T>(work: Promise<T>): Promise<T> => {
      let settled = false;
      void work.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled) {
        held.shift()?.();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return work;
    };
    return { client, synced, releaseUntil, failNextSync: (error: Error) => (failNext = error), pending: () => held.length };
  }

  it('resolves a commit only after the WAL holding it is synced (a 200 survives a power failure)', async () => {
    const { client, synced, releaseUntil, pending } = withHeldSyncs();
    await releaseUntil(client.exec('CREATE TABLE t (k TEXT)'));
    // The directory that gained the WAL file is synced once, then the WAL at each commit.
    expect(synced).toEqual([realpathSync(dir), realpathSync(join(dir, 'db.sqlite-wal'))]);

    let committed = false;
    const commit = client.transaction((tx) => tx.run('INSERT INTO t (k) VALUES (?)', ['a'])).then(() => (committed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(committed).toBe(false);
    expect(pending()).toBe(1);
    await releaseUntil(commit);
    expect(synced.at(-1)).toBe(realpathSync(join(dir, 'db.sqlite-wal')));
    expect(synced).toHaveLength(3);
    await client.close();
  });

  it('syncs a statement that writes outside a transaction, and not one that only reads', async () => {
    const { client, synced, releaseUntil, pending } = withHeldSyncs();
    await releaseUntil(client.exec('CREATE TABLE t (k TEXT)'));
    const before = synced.length;
    expect(await client.all('SELECT k FROM t')).toEqual([]);
    expect(await client.get('SELECT count(*) AS n FROM t')).toEqual({ n: 0 });
    expect(pending()).toBe(0);
    const written = client.run('INSERT INTO t (k) VALUES (?)', ['b']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pending()).toBe(1);
    expect(await releaseUntil(written)).toEqual({ changes: 1 });
    expect(synced.length).toBe(before + 1);
    await client.close();
  });

  it('fails the commit when the sync fails, so the client sends the events again', async () => {
    const { client, releaseUntil, failNextSync } = withHeldSyncs();
    await releaseUntil(client.exec('CREATE TABLE t (k TEXT)'));
    failNextSync(new Error('EIO: i/o error, fsync'));
    const commit = client.transaction((tx) => tx.run('INSERT INTO t (k) VALUES (?)', ['c']));
    await expect(releaseUntil(commit)).rejects.toThrow('EIO: i/o error, fsync');
    // The next commit syncs again (and the resend is a duplicate the store drops by messageId).
    const next = client.transaction((tx) => tx.run('INSERT INTO t (k) VALUES (?)', ['d']));
    await releaseUntil(next);
    await client.close();
  });

  describe('reader', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const opened = (readers?: number) => {
      dir = mkdtempSync(join(tmpdir(), 'vitrine-sqlite-reader-'));
      return createSqliteClient(join(dir, 'test.sqlite'), readers === undefined ? {} : { readers });
    };
    /** A read that takes a while: the sum of the first `n` integers, counted one by one. */
    const slowSum = (n: number) => `WITH RECURSIVE c (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${n}) SELECT sum(i) AS total FROM c`;

    it('answers as the connection does, and sees each write once it is committed', async () => {
      const client = opened(2);
      await client.exec('CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT NOT NULL)');
      await client.run('INSERT INTO t (k, n) VALUES (?, ?), (?, ?)', ['a', 1, 'b', 2 ** 40]);
      expect(await client.reader.all('SELECT k, n FROM t ORDER BY k')).toEqual(await client.all('SELECT k, n FROM t ORDER BY k'));
      expect(await client.reader.get('SELECT n FROM t WHERE k = ?', ['z'])).toBeUndefined();
      await client.transaction((tx) => tx.run('INSERT INTO t (k, n) VALUES (?, ?)', ['c', 3]));
      expect(await client.reader.get('SELECT count(*) AS n FROM t')).toEqual({ n: 3 });
      await client.close();
    });

    it('reads on other threads: the event loop (ingest) goes on while a long read runs', async () => {
      const client = opened(2);
      const ticks: number[] = [];
      const timer = setInterval(() => ticks.push(Date.now()), 1);
      const [first, second] = await Promise.all([client.reader.all<{ total: number }>(slowSum(3_000_000)), client.reader.all<{ total: number }>(slowSum(3_000_000))]);
      clearInterval(timer);
      expect(first).toEqual([{ total: (3_000_000 * 3_000_001) / 2 }]);
      expect(second).toEqual(first);
      // On the connection's own thread not one tick could have run before the read returned.
      expect(ticks.length).toBeGreaterThan(5);
      await client.close();
    });

    it('refuses writes, names a bad statement, and fails reads once closed', async () => {
      const client = opened(1);
      await client.exec('CREATE TABLE t (k TEXT)');
      await expect(client.reader.all('INSERT INTO t (k) VALUES (?) RETURNING k', ['x'])).rejects.toThrow(/readonly|read-only|query_only/i);
      await expect(client.reader.all('SELECT nope FROM t')).rejects.toThrow(/no such column: nope/);
      expect(await client.all('SELECT k FROM t')).toEqual([]);
      await client.close();
      await expect(client.reader.all('SELECT k FROM t')).rejects.toThrow(/closed/);
    });

    it('reads on the connection itself when asked for no threads, and for an in-memory database', async () => {
      for (const client of [opened(0), createSqliteClient(':memory:')]) {
        await client.exec('CREATE TABLE t (k TEXT)');
        await client.run('INSERT INTO t (k) VALUES (?)', ['m']);
        const ticks: number[] = [];
        const timer = setInterval(() => ticks.push(Date.now()), 1);
        expect(await client.reader.all('SELECT k FROM t')).toEqual([{ k: 'm' }]);
        await client.reader.all(slowSum(1_000_000));
        clearInterval(timer);
        expect(ticks).toEqual([]);
        await client.close();
      }
    });
  });
});
