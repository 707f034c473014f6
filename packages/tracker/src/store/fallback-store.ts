import type { EventStore } from './event-store.js';
import { createMemoryStore } from './memory-store.js';

/**
 * `primary` until its first failure, then memory for the rest of the page's life. The call that
 * failed is replayed on memory, so an `add` that IndexedDB refused (private mode, quota,
 * `UnknownError`) still keeps its events. Events that were already on disk wait there for the next
 * page that can open the database.
 */
export function createFallbackStore(primary: EventStore, onFallback: (error: unknown) => void): EventStore {
  let current = primary;
  const memory = createMemoryStore();

  async function run<T>(op: (store: EventStore) => Promise<T>): Promise<T> {
    if (current !== primary) return op(current);
    try {
      return await op(primary);
    } catch (error) {
      if (current === primary) {
        current = memory;
        primary.close();
        onFallback(error);
      }
      return op(memory);
    }
  }

  return {
    get kind() {
      return current.kind;
    },
    add: (q, events) => run((store) => store.add(q, events)),
    read: (q, limit, maxBytes) => run((store) => store.read(q, limit, maxBytes)),
    remove: (events) => run((store) => store.remove(events)),
    clear: (q) => run((store) => store.clear(q)),
    close: () => current.close(),
  };
}
