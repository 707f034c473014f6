/** A few strings kept across page loads, or in memory only until `persist(true)` (consent). */
export interface KeyValue {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** true: write through to localStorage; false: forget what was written there. */
  persist(on: boolean): void;
}

/**
 * localStorage behind a memory copy. localStorage throws in opaque origins and when storage is
 * blocked or full; then values live in memory for the page's life.
 */
export function createKeyValue(prefix: string, persist: boolean, onError: (error: unknown) => void): KeyValue {
  const memory = new Map<string, string>();
  const keys = new Set<string>();
  const disk = (action: (storage: Storage) => void) => {
    try {
      action(localStorage);
    } catch (error) {
      onError(error);
    }
  };
  return {
    // Reads localStorage every time: other tabs of the origin write the same keys.
    get(key) {
      if (persist) {
        disk((s) => {
          const value = s.getItem(prefix + key);
          if (value === null) memory.delete(key);
          else memory.set(key, value);
        });
      }
      return memory.get(key);
    },
    set(key, value) {
      memory.set(key, value);
      keys.add(key);
      if (persist) disk((s) => s.setItem(prefix + key, value));
    },
    remove(key) {
      memory.delete(key);
      disk((s) => s.removeItem(prefix + key));
    },
    persist(on) {
      persist = on;
      for (const key of keys) disk((s) => (on ? s.setItem(prefix + key, memory.get(key) ?? '') : s.removeItem(prefix + key)));
    },
  };
}
