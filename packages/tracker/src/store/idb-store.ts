import type { EventStore, StoredEvent } from './event-store.js';
import { openQueueDb, type QueueDb } from './queue-db.js';

/** The IndexedDB store. Opens the database on first use. */
export function createIdbStore(): EventStore {
  let db: Promise<QueueDb> | undefined;
  // When another tab upgrades the database or the browser closes it, let go; the next call
  // reopens it, or fails and lets the fallback store take over.
  const lose = () => {
    const lost = db;
    db = undefined;
    lost?.then((d) => d.close(), () => {});
  };
  const open = () => (db ??= openQueueDb(lose));
  const range = (q: string) => IDBKeyRange.bound([q, -Infinity], [q, Infinity]);

  return {
    kind: 'indexeddb',
    async add(events) {
      const tx = (await open()).transaction('events', 'readwrite');
      await Promise.all([...events.map((event) => tx.store.put(event)), tx.done]);
    },
    async read(q, limit) {
      // getAll takes an unsigned long: no count means all.
      return (await open()).getAllFromIndex('events', 'q,at', range(q), limit === Infinity ? undefined : limit) as Promise<StoredEvent[]>;
    },
    async remove(ids) {
      const tx = (await open()).transaction('events', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    async clear(q) {
      const tx = (await open()).transaction('events', 'readwrite');
      const keys = await tx.store.index('q,at').getAllKeys(range(q));
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    },
    close: lose,
  };
}
