import type { EventRow } from './event-row.js';
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

/**
 * A commit (an fsync at checkpoints in WAL mode, a round trip for PostgreSQL) costs about the
 * same for one row as for thousands, so requests that arrive in the same turn of the event loop
 * share one: rows are queued, and a flush scheduled with `schedule` (default `setImmediate`, i.e.
 * after the pending I/O callbacks) writes them all before answering any of their requests.
 */
export function createGroupCommit(store: Pick<EventStore, 'insertMany'>, schedule: (flush: () => void) => void = setImmediate): GroupCommit {
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
        for (const waiter of group) waiter.reject(error);
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
