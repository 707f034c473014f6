import type { EventRow } from '../sql/event-row.js';
import type { EventStore } from './event-store.js';

/** Writes the rows of many requests in one transaction (group commit). */
export interface GroupCommit {
  /** Queues rows; resolves once they are committed, rejects if their transaction failed. */
  add(rows: readonly EventRow[]): Promise<void>;
  /** Resolves when nothing is queued or being written. */
  drain(): Promise<void>;
}

interface Waiter {
  rows: readonly EventRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Options of `createGroupCommit`. */
export interface GroupCommitOptions {
  /** Runs a flush later; default `setImmediate`, i.e. after the pending I/O callbacks. */
  schedule?: (flush: () => void) => void;
  /** Where a failed group is reported before its requests are retried apart. Default: none. */
  log?: (line: string) => void;
}

/**
 * A commit (an fsync, a round trip for PostgreSQL) costs about the same for one row as for
 * thousands, so requests that arrive in the same turn of the event loop share one: rows are
 * queued, and a scheduled flush writes them all before answering any of their requests.
 *
 * One request must never fail another: when a group's transaction fails, each of its requests is
 * written again in a transaction of its own, so the requests that can be stored are, and only the
 * one at fault (or every one, if the database itself is failing) sees the error. Input that can be
 * refused before it reaches the database is refused at validation with a 400; what fails here is
 * a server fault (500), which the client retries.
 */
export function createGroupCommit(store: Pick<EventStore, 'insertMany'>, options: GroupCommitOptions = {}): GroupCommit {
  const { schedule = setImmediate, log } = options;
  let queue: Waiter[] = [];
  let scheduled = false;
  let writing = false;

  const flush = async (): Promise<void> => {
    scheduled = false;
    // An async store may still be writing the previous group: it takes this one when done.
    if (writing) return;
    writing = true;
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      try {
        await store.insertMany(group.flatMap((waiter) => waiter.rows));
        for (const waiter of group) waiter.resolve();
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        else {
          log?.(`group commit: a transaction of ${group.length} requests failed, retrying each apart: ${error instanceof Error ? error.message : String(error)}`);
          for (const waiter of group) await store.insertMany(waiter.rows).then(() => waiter.resolve(), waiter.reject);
        }
      }
    }
    writing = false;
  };

  return {
    add(rows) {
      if (rows.length === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        queue.push({ rows, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          schedule(() => void flush());
        }
      });
    },
    async drain() {
      while (queue.length > 0 || writing) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
