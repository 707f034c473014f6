import { createHash } from 'node:crypto';
import pg from 'pg';
import type { SqlClient, SqlExecutor, SqlValue } from './sql-client.js';
import { toPostgresParams } from './to-postgres-params.js';

/** Options of `createPostgresClient`. */
export interface PostgresClientOptions {
  /** Most connections the pool opens at once. Default 10. */
  maxConnections?: number;
  /** Where errors of idle pooled connections go (a restarted server, a cut network). Default: stderr. */
  log?: (line: string) => void;
}

// PostgreSQL type OIDs (pg_type.oid) whose text the adapter turns into JS numbers.
const INT8 = 20;
const NUMERIC = 1700;
const BOOL = 16;

/**
 * pg returns bigint and numeric as strings (they may not fit a double); SqlClient's rule is that
 * every count and ms timestamp is a number, as better-sqlite3 returns them. Booleans become 1/0,
 * as SQLite has no boolean type, so `SELECT a > b` reads the same from both clients. Set per
 * pool, not globally, so other pg users in the same process keep pg's defaults.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) return (text: string) => Number(text);
    if (oid === BOOL) return (text: string) => (text === 't' ? 1 : 0);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * A SqlClient over a pool of PostgreSQL connections (`--database postgres://...`), for one
 * database that several collector processes may share.
 *
 * Each transaction holds one pooled connection from BEGIN to COMMIT, so transactions run side by
 * side (unlike SQLite's, which queue). They run at READ COMMITTED: an upsert's
 * `DO UPDATE SET n = n + excluded.n` is safe under concurrency, a read-then-write is not and needs
 * `SELECT ... FOR UPDATE` (branch on `client.dialect`).
 */
export function createPostgresClient(url: string, options: PostgresClientOptions = {}): SqlClient {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new TypeError(`a PostgreSQL database URL starts with postgres:// or postgresql://, not ${JSON.stringify(url.slice(0, 20))}`);
  }
  const { maxConnections = 10, log = (line: string) => console.error(line) } = options;
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, types });
  // An idle connection that dies is dropped by the pool and replaced on the next query; without a
  // listener, the 'error' event would crash the process.
  const lost = (error: Error): void => log(`PostgreSQL connection lost (it will be reopened): ${error.message}`);
  pool.on('error', lost);

  /** An executor over `queryable`, and `idle()`: settles once every query it was given has. */
  const executorOf = (queryable: pg.Pool | pg.PoolClient): SqlExecutor & { idle(): Promise<unknown> } => {
    // One connection answers one query at a time: queries a transaction's code starts together
    // (Promise.all) are sent one after another, which pg 9 will no longer do by itself.
    let tail: Promise<unknown> = Promise.resolve();
    const query = (sql: string, params: readonly SqlValue[] = []) => {
      const text = toPostgresParams(sql);
      // Named, so each connection parses and plans a statement once, not on every call (the store
      // sends the same few dozen statements thousands of times).
      const run = () => queryable.query({ name: statementName(text), text, values: [...params] });
      if (queryable instanceof pg.Pool) return run();
      const result = tail.then(run, run);
      tail = result.catch(() => undefined);
      return result;
    };
    return {
      all: async <T extends object>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows as T[],
      get: async <T extends object>(sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rows[0] as T | undefined,
      run: async (sql, params) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
      idle: () => tail,
    };
  };

  const transaction = async <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    const connection = await pool.connect();
    // A connection checked out of the pool is not the pool's to watch: the transaction's query
    // rejects, and this keeps the connection's own 'error' event from crashing the process.
    connection.on('error', lost);
    try {
      await connection.query('BEGIN');
      const tx = executorOf(connection);
      const value = await work(tx).finally(() => tx.idle());
      await connection.query('COMMIT');
      connection.off('error', lost);
      connection.release();
      return value;
    } catch (error) {
      // A connection whose ROLLBACK fails is in an unknown state: destroy it rather than reuse it.
      const rollback = await connection.query('ROLLBACK').then(() => undefined, (rollbackError: unknown) => rollbackError);
      connection.off('error', lost);
      connection.release(rollback instanceof Error ? rollback : undefined);
      throw error;
    }
  };

  const { all, get, run } = executorOf(pool);
  return {
    dialect: 'postgres',
    reader: { all, get },
    all,
    get,
    run,
    transaction,
    exec: async (sql) => {
      // Without parameters pg uses the simple query protocol, which runs several statements.
      await pool.query(sql);
    },
    // What PostgreSQL guarantees: a DELETE leaves the row's bytes in its heap and index pages as
    // a dead tuple, and in the WAL. A plain VACUUM (run here: it does not block ingest) prunes dead
    // tuples and compacts their pages, which overwrites most of them but not all: a tuple at the
    // edge of a page's free space stays, as bytes, until a new row is written there. VACUUM FULL
    // rewrites each table and index into new files (and locks out every reader and writer while it
    // runs, so it is left to the operator: `VACUUM FULL events`, then CHECKPOINT); the old files'
    // blocks, WAL segments until they are recycled, and any backup or archive keep the bytes.
    scrubDeleted: async (tables) => {
      if (tables.length > 0) await pool.query(`VACUUM ${tables.join(', ')}`);
    },
    close: () => pool.end(),
  };
}

const names = new Map<string, string>();
/** A short, stable name per statement text (PostgreSQL truncates names past 63 bytes). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `v_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
