import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredEvent } from './event-store.js';

export const DB_NAME = 'vitrine';
export const DB_VERSION = 1;

/** One burst of events, written in one request. */
export interface Burst {
  /** Assigned by IndexedDB in write order, so key order is age order. */
  key?: number;
  /** The queue (endpoint) the events wait in. */
  q: string;
  events: StoredEvent[];
}

export interface QueueSchema extends DBSchema {
  bursts: {
    key: number;
    value: Burst;
    indexes: { q: string };
  };
}

export type QueueDb = IDBPDatabase<QueueSchema>;

/** Gives up on a database another tab keeps blocked at an older version. */
const OPEN_TIMEOUT = 3_000; // ms

/**
 * Opens (creating or upgrading) the queue database. Rejects where IndexedDB is missing, refused
 * (opaque origins, some private modes) or blocked, so the caller can fall back to memory.
 * `onLost` runs when another tab upgrades the database or the browser closes it.
 */
export async function openQueueDb(onLost: () => void): Promise<QueueDb> {
  return Promise.race([
    openDB<QueueSchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('bursts', { keyPath: 'key', autoIncrement: true }).createIndex('q', 'q');
      },
      blocking: onLost,
      terminated: onLost,
    }),
    new Promise<never>((_, reject) => setTimeout(reject, OPEN_TIMEOUT, new Error('IndexedDB blocked'))),
  ]);
}
