import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteClient } from '../../../../packages/collector/src/store/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/store/sql-client.js';

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

  it('syncs every commit (a 200 survives a power failure) and zeroes deleted rows', async () => {
    // synchronous 2 is FULL; secure_delete 1 is ON.
    expect(await client.all('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
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
