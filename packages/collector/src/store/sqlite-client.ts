import Database from 'better-sqlite3';
import type { SqlClient, SqlExecutor, SqlValue } from './sql-client.js';

/**
 * A SqlClient over one better-sqlite3 connection (the embedded default).
 *
 * better-sqlite3 is synchronous, so an async transaction cannot use its `db.transaction()`;
 * instead transactions are queued (one at a time, in call order) and run between BEGIN IMMEDIATE
 * and COMMIT on the same connection. Statements are prepared once and cached by their text.
 */
export function createSqliteClient(path: string): SqlClient {
  const db = new Database(path);
  try {
    // WAL lets the dashboard read while ingest writes. FULL syncs the WAL at every commit, so a
    // 200 (sent after the commit) survives a power failure, not only a crash of the process as
    // with NORMAL; group commit keeps it to one fsync per group of requests.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
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

  const executor: SqlExecutor = {
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: async <T extends object>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => ({ changes: prepare(sql).run(...params).changes }),
  };

  let queue: Promise<unknown> = Promise.resolve();
  const transaction = <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    const result = queue.then(async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(executor);
        db.exec('COMMIT');
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

  return {
    dialect: 'sqlite',
    ...executor,
    transaction,
    exec: async (sql) => {
      db.exec(sql);
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
      db.close();
    },
  };
}
