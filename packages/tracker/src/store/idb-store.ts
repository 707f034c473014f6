import type { EventStore, StoredEvent } from './event-store.js';
import { BURSTS, committed, openQueueDb, type Burst } from './queue-db.js';

/** The IndexedDB store: one record per burst. Opens the database on first use. */
export function createIdbStore(): EventStore {
  let db: Promise<IDBDatabase> | undefined;
  // When another tab upgrades the database or the browser closes it, let go; the next call
  // reopens it, or fails and lets the fallback store take over.
  const close = () => {
    db?.then((d) => d.close(), () => {});
    db = undefined;
  };
  const bursts = async (mode?: IDBTransactionMode) => (await (db ??= openQueueDb(close))).transaction(BURSTS, mode).objectStore(BURSTS);

  async function read(q: string, limit: number, maxBytes = Infinity): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    let bytes = 0;
    const cursor = (await bursts()).index('q').openCursor(q);
    // Whole bursts, oldest first, until there is enough: a cursor reads no more than it must.
    await new Promise<void>((resolve, reject) => {
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at || events.length >= limit || bytes >= maxBytes) return resolve();
        const { key, events: burst } = at.value as Burst;
        for (const event of burst) {
          events.push({ ...event, key: key! });
          bytes += event.bytes;
        }
        at.continue();
      };
    });
    return events;
  }

  /** Rewrites each burst without the removed events, in one transaction: tabs cannot interleave. */
  async function remove(gone: readonly StoredEvent[]): Promise<void> {
    const byBurst = new Map<number, Set<string>>();
    for (const { key, id } of gone) if (key !== undefined) (byBurst.get(key) ?? byBurst.set(key, new Set()).get(key)!).add(id);
    const store = await bursts('readwrite');
    for (const [key, ids] of byBurst) {
      // A failed request fails the transaction, which `committed` reports.
      const get = store.get(key);
      get.onsuccess = () => {
        const burst = get.result as Burst | undefined;
        if (!burst) return;
        burst.events = burst.events.filter((event) => !ids.has(event.id));
        if (burst.events.length) store.put(burst);
        else store.delete(key);
      };
    }
    await committed(store.transaction);
  }

  return {
    kind: 'indexeddb',
    async add(q, events) {
      const store = await bursts('readwrite');
      const request = store.add({ q, events } satisfies Burst);
      await committed(store.transaction);
      for (const event of events) event.key = request.result as number;
    },
    read,
    remove,
    clear: async (q) => remove(await read(q, Infinity)),
    close,
  };
}
