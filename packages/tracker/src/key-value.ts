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
  const memory: Record<string, string> = {};
  const disk = <T>(action: (storage: Storage) => T): T | undefined => {
    try {
      return action(localStorage);
    } catch (error) {
      return void onError(error);
    }
  };
  return {
    // Reads localStorage every time: other tabs of the origin write the same keys. Memory
    // answers only where localStorage is off (no consent) or failed (undefined).
    get(key) {
      const stored = persist ? disk((s) => s.getItem(prefix + key)) : undefined;
      return stored === undefined ? memory[key] : stored ?? undefined;
    },
    set(key, value) {
      memory[key] = value;
      if (persist) disk((s) => s.setItem(prefix + key, value));
    },
    remove(key) {
      delete memory[key];
      disk((s) => s.removeItem(prefix + key));
    },
    persist(on) {
      persist = on;
      for (const key in memory) disk((s) => (on ? s.setItem(prefix + key, memory[key]!) : s.removeItem(prefix + key)));
    },
  };
}
