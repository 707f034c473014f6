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
  const fallback: Partial<EventStore> = {
    get kind() {
      return current.kind;
    },
    close: () => current.close(),
  };
  for (const method of ['add', 'read', 'remove', 'clear'] as const) {
    fallback[method] = async (...args: unknown[]) => {
      const call = (store: EventStore) => (store[method] as (...a: unknown[]) => Promise<never>)(...args);
      try {
        return await call(current);
      } catch (error) {
        if (current !== primary) throw error;
        current = memory;
        primary.close();
        onFallback(error);
        return call(memory);
      }
    };
  }
  return fallback as EventStore;
}
