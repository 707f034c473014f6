import type { EventStore, StoredEvent } from './event-store.js';

/** Events kept in this page's memory only: where IndexedDB is missing or broken. */
export function createMemoryStore(): EventStore {
  // Per queue, by id; insertion order is age order, and a Map keeps it.
  const queues = new Map<string, Map<string, StoredEvent>>();
  const queue = (q: string) => queues.get(q) ?? queues.set(q, new Map()).get(q)!;
  return {
    kind: 'memory',
    async add(q, events) {
      for (const event of events) queue(q).set(event.id, event);
    },
    read: async (q, limit) => [...queue(q).values()].slice(0, limit),
    async remove(gone) {
      for (const events of queues.values()) for (const { id } of gone) events.delete(id);
    },
    async clear(q) {
      queues.delete(q);
    },
    close() {},
  };
}
