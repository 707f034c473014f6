import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredEvent } from './event-store.js';

export const DB_NAME = 'vitrine';
export const DB_VERSION = 1;

export interface QueueSchema extends DBSchema {
  events: {
    key: string;
    value: StoredEvent;
    /** Queue, then age: reads one queue oldest first. */
    indexes: { 'q,at': [string, number] };
  };
}

export type QueueDb = IDBPDatabase<QueueSchema>;

/** Gives up on a database another tab keeps blocked at an older version. */
const OPEN_TIMEOUT = 3_000; // ms

/**
 * Opens (creating or upgrading) the queue database. Rejects where IndexedDB is missing, refused
 * (opaque origins, some private modes) or blocked, so the caller can fall back to memory.
 */
export function openQueueDb(onLost: () => void): Promise<QueueDb> {
  return new Promise<QueueDb>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB open timed out (blocked)')), OPEN_TIMEOUT);
    // indexedDB.open throws synchronously in opaque origins; the promise constructor turns that into a rejection.
    openDB<QueueSchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('events', { keyPath: 'id' }).createIndex('q,at', ['q', 'at']);
      },
      // Another tab wants a newer version: step aside instead of blocking it.
      blocking() {
        onLost();
      },
      terminated: onLost,
    }).then(
      (db) => {
        clearTimeout(timer);
        resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
