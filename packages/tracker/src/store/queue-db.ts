import type { StoredEvent } from './event-store.js';

export const DB_NAME = 'vitrine';
export const DB_VERSION = 1;
/** The one object store: bursts of events, keyed in write order, indexed by queue. */
export const BURSTS = 'bursts';

/** One burst of events, written in one request. */
export interface Burst {
  /** Assigned by IndexedDB in write order, so key order is age order. */
  key?: number;
  /** The queue (endpoint) the events wait in; indexed as "q". */
  q: string;
  events: StoredEvent[];
}

/** Gives up on a database another tab keeps blocked at an older version. */
const OPEN_TIMEOUT = 3_000; // ms

/** A request's result, as a promise. */
export function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when `tx` has committed; rejects when it fails or aborts (quota, UnknownError). */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}

/**
 * Opens (creating or upgrading) the queue database. Rejects where IndexedDB is missing, refused
 * (opaque origins throw on open, some private modes fail it) or blocked, so the caller can fall
 * back to memory. `onLost` runs when another tab upgrades the database or the browser closes it.
 */
export function openQueueDb(onLost: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    setTimeout(reject, OPEN_TIMEOUT, new Error('IndexedDB blocked'));
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore(BURSTS, { keyPath: 'key', autoIncrement: true }).createIndex('q', 'q');
    requested(request).then((db) => {
      db.onversionchange = db.onclose = onLost;
      resolve(db);
    }, reject);
  });
}
