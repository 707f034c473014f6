import Database from 'better-sqlite3';
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { SqlClient, SqlExecutor, SqlValue } from './sql-client.js';
import { createSqliteReadPool } from './sqlite-read-pool.js';

/** Options of `createSqliteClient`. */
export interface SqliteClientOptions {
  /** Flushes a file to the disk; default `FileHandle.sync` (fsync). Tests replace it. */
  sync?: (file: FileHandle) => Promise<void>;
  /**
   * Threads reading for `reader` (the dashboard's queries): default one per CPU, at most 4; 0 reads
   * on the collector's own connection, as an in-memory database always does (it has no file to share).
   */
  readers?: number;
}

/**
 * A SqlClient over one better-sqlite3 connection (the embedded default).
 *
 * better-sqlite3 is synchronous, so an async transaction cannot use its `db.transaction()`;
 * instead transactions are queued (one at a time, in call order) and run between BEGIN IMMEDIATE
 * and COMMIT on the same connection. Statements are prepared once and cached by their text.
 */
export function createSqliteClient(path: string, options: SqliteClientOptions = {}): SqlClient {
  const { sync = (file) => file.sync(), readers = Math.min(4, availableParallelism()) } = options;
  const db = new Database(path);
  let wal: boolean;
  try {
    // WAL lets the dashboard read while ingest writes.
    wal = db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
    // A write is answered only once the WAL holding it is synced to the disk, so a 200 survives a
    // power failure, not only a crash of the process. SQLite's FULL does that sync inside COMMIT,
    // which blocks the event loop for the length of an fsync; NORMAL plus our own fsync of the
    // WAL after each commit (syncWal) is the same guarantee with the wait on libuv's thread
    // pool. NORMAL already syncs the WAL before each checkpoint, the database after it and the
    // WAL header when the WAL restarts (sqlite.org/pragma.html#pragma_synchronous): FULL adds
    // exactly the sync after each commit. Without a WAL (an in-memory database) FULL stays.
    db.pragma(wal ? 'synchronous = NORMAL' : 'synchronous = FULL');
    // A checkpoint copies the WAL into the database inside the COMMIT that crosses this many
    // pages, blocking the event loop. At 4,000 pages (16 MB) instead of 1,000, a rollup or index
    // page rewritten by many commits is copied once instead of four times: 5-10% more ingest,
    // measured with `npm run bench -- collector`.
    db.pragma('wal_autocheckpoint = 4000');
    // Deleted rows are overwritten with zeros, not left in free space where a copy of the file
    // would still show them (a visitor's erasure; see scrubDeleted for the WAL).
    db.pragma('secure_delete = ON');
    // A second process (a backup, the CLI) holding the lock briefly should delay us, not fail us.
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  // The WAL is opened once, after SQLite created it; its directory is synced then too, as SQLite
  // does for a new WAL, so the file itself survives a power failure. (Windows cannot open a
  // directory; its NTFS journals the file's creation.)
  let walFile: Promise<FileHandle> | undefined;
  const openWal = async (): Promise<FileHandle> => {
    const file = await open(`${path}-wal`, 'r+');
    if (process.platform !== 'win32') {
      const directory = await open(dirname(path), 'r');
      await sync(directory).finally(() => directory.close());
    }
    return file;
  };
  const syncWal = async (): Promise<void> => {
    if (!wal) return;
    walFile ??= openWal().catch((error: unknown) => {
      walFile = undefined; // tried again at the next commit
      throw error;
    });
    await sync(await walFile);
  };

  const executor: SqlExecutor = {
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => ({ changes: prepare(sql).run(...params).changes }),
  };
  // Outside a transaction each statement commits on its own: one that writes is synced before
  // its promise resolves, like a transaction's COMMIT.
  const autocommit = async <T>(sql: string, run: (statement: Database.Statement) => T): Promise<T> => {
    const statement = prepare(sql);
    const value = run(statement);
    if (!statement.readonly) await syncWal();
    return value;
  };

  let queue: Promise<unknown> = Promise.resolve();
  const transaction = <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    const result = queue.then(async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(executor);
        db.exec('COMMIT');
        await syncWal();
        return value;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    });
    // The next transaction waits for this one whether it commits or rolls back.
    queue = result.catch(() => undefined);
    return result;
  };

  const all = <T extends object>(sql: string, params: readonly SqlValue[] = []) => autocommit(sql, (statement) => statement.all(...params) as T[]);
  const get = <T extends object>(sql: string, params: readonly SqlValue[] = []) => autocommit(sql, (statement) => statement.get(...params) as T | undefined);
  const pool = wal && readers > 0 && !db.memory ? createSqliteReadPool(db.name, readers) : undefined;
  return {
    dialect: 'sqlite',
    reader: pool ?? { all, get },
    all,
    get,
    run: (sql, params = []) => autocommit(sql, (statement) => ({ changes: statement.run(...params).changes })),
    transaction,
    exec: async (sql) => {
      db.exec(sql);
      await syncWal();
    },
    // secure_delete zeroed the rows in the pages, but the WAL still holds the pages as they were
    // before; a TRUNCATE checkpoint copies the latest pages into the file and empties the WAL
    // (the -shm file holds only page numbers). Queued, so it never runs inside a transaction.
    scrubDeleted: () => {
      const result = queue.then(() => {
        const [outcome] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (outcome?.busy) throw new Error('the WAL could not be checkpointed (a reader held it past the busy timeout); deleted rows may remain in it until the next checkpoint');
      });
      queue = result.catch(() => undefined);
      return result;
    },
    close: async () => {
      await queue;
      await pool?.close();
      db.close();
      await (await walFile?.catch(() => undefined))?.close();
    },
  };
}
