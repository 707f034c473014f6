import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqlValue } from './sql-client.js';

/** Read-only queries on their own threads, and `close()`. */
export interface SqliteReadPool {
  all<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  close(): Promise<void>;
}

/**
 * Each worker's code: one connection to the file that may only read (`query_only`), its statements
 * prepared once and cached by their text, answering `{ id, rows }` or `{ id, error }` in turn.
 * It reads the file through a memory map (up to 1 GiB of it), straight from the OS's page cache
 * instead of copying each page in with a read call: about 10 ms less system time per dashboard
 * refresh on the 1M-event bench. Plain CommonJS run with `eval`, so it needs no file of its own.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('query_only = ON');
db.pragma('busy_timeout = 5000');
db.pragma('mmap_size = 1073741824');
const statements = new Map();
parentPort.on('message', ({ id, sql, params, one }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    parentPort.postMessage({ id, rows: one ? statement.get(...params) : statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

interface Reader {
  worker: Worker;
  pending: Map<number, { resolve(rows: unknown): void; reject(error: Error): void }>;
}

/**
 * `size` connections to the SQLite file at `path`, each in a worker thread, for the dashboard's
 * queries. better-sqlite3 runs a query on the thread that calls it: on the collector's own
 * connection, GET /api/metrics's three dozen queries ran one after another and held the event
 * loop (ingest included) for all of their time. Here they run side by side, a query to the reader
 * with the fewest waiting, while ingest goes on: in WAL mode a reader sees every transaction
 * committed before its query began and never blocks the writer. Workers start at the first query
 * and keep the process alive only while a query is in flight; one that dies fails its queries and
 * is replaced at the next.
 */
export function createSqliteReadPool(path: string, size: number): SqliteReadPool {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const readers: (Reader | undefined)[] = Array.from({ length: Math.max(1, size) }, () => undefined);
  let next = 0;
  let closed = false;

  const start = (slot: number): Reader => {
    const worker = new Worker(WORKER, { eval: true, workerData: { driver, path } });
    worker.unref();
    const reader: Reader = { worker, pending: new Map() };
    const fail = (error: Error) => {
      if (readers[slot] === reader) readers[slot] = undefined;
      for (const { reject } of reader.pending.values()) reject(error);
      reader.pending.clear();
    };
    worker.on('message', ({ id, rows, error }: { id: number; rows?: unknown; error?: string }) => {
      const waiting = reader.pending.get(id);
      reader.pending.delete(id);
      if (reader.pending.size === 0) worker.unref();
      if (error === undefined) waiting?.resolve(rows);
      else waiting?.reject(new Error(error));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the SQLite reader thread stopped (exit code ${code})`)));
    return reader;
  };

  const query = (sql: string, params: readonly SqlValue[], one: boolean): Promise<unknown> => {
    if (closed) return Promise.reject(new Error('the SQLite read pool is closed'));
    let slot = 0;
    for (let i = 1; i < readers.length; i++) if ((readers[i]?.pending.size ?? 0) < (readers[slot]?.pending.size ?? 0)) slot = i;
    const reader = (readers[slot] ??= start(slot));
    const id = next++;
    return new Promise((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      reader.worker.ref();
      reader.worker.postMessage({ id, sql, params, one });
    });
  };

  return {
    all: <T extends object>(sql: string, params: readonly SqlValue[] = []) => query(sql, params, false) as Promise<T[]>,
    get: <T extends object>(sql: string, params: readonly SqlValue[] = []) => query(sql, params, true) as Promise<T | undefined>,
    close: async () => {
      closed = true;
      await Promise.all(readers.map((reader) => reader?.worker.terminate()));
    },
  };
}
