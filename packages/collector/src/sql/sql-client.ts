/**
 * The one seam between Vitrine's storage code and a database. Everything above it (events,
 * rollups, metrics, config versions, admin sessions) is written once, in SQL that SQLite and
 * PostgreSQL both accept, so the two adapters cannot drift apart: the conformance suite runs the
 * same store over both clients and compares the answers.
 *
 * Rules for SQL passed through it:
 * - parameters are positional `?` (the PostgreSQL client rewrites them to `$1, $2, ...`);
 * - integers that may exceed 2^31 (ms timestamps) are BIGINT columns; clients return every
 *   integer and count as a JS number (PostgreSQL's bigint strings are converted);
 * - upserts use `INSERT ... ON CONFLICT (...) DO UPDATE SET x = x + excluded.x` or `DO NOTHING`;
 * - no JSON functions, no date functions: JSON is parsed and times are bucketed in TypeScript.
 */
export type SqlValue = string | number | null;

export interface SqlRunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** Queries inside one transaction, or outside one. */
export interface SqlExecutor {
  all<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<SqlRunResult>;
}

/** Queries that only read: the dashboard's figures. */
export type SqlReader = Pick<SqlExecutor, 'all' | 'get'>;

export interface SqlClient extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Where the long read-only queries (the dashboard's) go: for SQLite, connections in threads of
   * their own (sqlite-read-pool.ts), so they run side by side without holding the event loop;
   * for PostgreSQL, the pool, as every query.
   */
  readonly reader: SqlReader;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it rejects. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (DDL, migrations); no parameters. */
  exec(sql: string): Promise<void>;
  /**
   * After a deletion that must leave no trace (a visitor's erasure): removes what the database
   * still keeps of the rows deleted from `tables` in its files, as far as it can (see each client).
   */
  scrubDeleted(tables: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
