import type { EventStore, StoredEvent } from './event-store.js';

/** Events kept in this page's memory only: where IndexedDB is missing or broken. */
export function createMemoryStore(): EventStore {
  const events = new Map<string, StoredEvent>();
  return {
    kind: 'memory',
    async add(batch) {
      for (const event of batch) events.set(event.id, event);
    },
    async read(q, limit) {
      return [...events.values()]
        .filter((event) => event.q === q)
        .sort((a, b) => a.at - b.at)
        .slice(0, limit);
    },
    async remove(ids) {
      for (const id of ids) events.delete(id);
    },
    async clear(q) {
      for (const event of events.values()) if (event.q === q) events.delete(event.id);
    },
    close() {},
  };
}
