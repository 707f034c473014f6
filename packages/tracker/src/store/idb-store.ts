import type { EventStore, StoredEvent } from './event-store.js';
import { openQueueDb, type QueueDb } from './queue-db.js';

/** The IndexedDB store: one record per burst. Opens the database on first use. */
export function createIdbStore(): EventStore {
  let db: Promise<QueueDb> | undefined;
  // When another tab upgrades the database or the browser closes it, let go; the next call
  // reopens it, or fails and lets the fallback store take over.
  const close = () => {
    db?.then((d) => d.close(), () => {});
    db = undefined;
  };
  const open = () => (db ??= openQueueDb(close));

  async function read(q: string, limit: number, maxBytes = Infinity): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    let bytes = 0;
    let cursor = await (await open()).transaction('bursts').store.index('q').openCursor(q);
    for (; cursor && events.length < limit && bytes < maxBytes; cursor = await cursor.continue()) {
      const { key, events: burst } = cursor.value;
      for (const event of burst) {
        events.push({ ...event, key: key! });
        bytes += event.bytes;
      }
    }
    return events;
  }

  /** Rewrites each burst without the removed events, in one transaction: tabs cannot interleave. */
  async function remove(gone: readonly StoredEvent[]): Promise<void> {
    const byBurst = new Map<number, Set<string>>();
    for (const { key, id } of gone) if (key !== undefined) (byBurst.get(key) ?? byBurst.set(key, new Set()).get(key)!).add(id);
    const tx = (await open()).transaction('bursts', 'readwrite');
    await Promise.all([
      ...[...byBurst].map(async ([key, ids]) => {
        const burst = await tx.store.get(key);
        if (!burst) return;
        burst.events = burst.events.filter((event) => !ids.has(event.id));
        await (burst.events.length ? tx.store.put(burst) : tx.store.delete(key));
      }),
      tx.done,
    ]);
  }

  return {
    kind: 'indexeddb',
    async add(q, events) {
      const key = await (await open()).add('bursts', { q, events });
      for (const event of events) event.key = key;
    },
    read,
    remove,
    clear: async (q) => remove(await read(q, Infinity)),
    close,
  };
}
