import { describe, expect, it } from 'vitest';
import type { EventStore, StoredEvent } from '../../../../packages/tracker/src/store/event-store.js';
import { createFallbackStore } from '../../../../packages/tracker/src/store/fallback-store.js';
import { createMemoryStore } from '../../../../packages/tracker/src/store/memory-store.js';

const event = (id: string): StoredEvent => ({ id, json: '{}', bytes: 2, at: 1 });

/** A store that works until told to fail, like IndexedDB hitting its quota or an UnknownError. */
function flakyStore(): EventStore & { broken: boolean } {
  const inner = createMemoryStore();
  const guard =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      if (store.broken) throw new DOMException('The operation failed for reasons unrelated to the database itself', 'UnknownError');
      return fn(...a);
    };
  const store = {
    broken: false,
    kind: 'indexeddb' as const,
    add: guard(inner.add),
    read: guard(inner.read),
    remove: guard(inner.remove),
    clear: guard(inner.clear),
    close() {},
  };
  return store;
}

describe('createFallbackStore', () => {
  it('uses the primary store while it works', async () => {
    const primary = flakyStore();
    const store = createFallbackStore(primary, () => expect.unreachable());
    await store.add('a', [event('1')]);
    expect(store.kind).toBe('indexeddb');
    expect(await primary.read('a', 10)).toHaveLength(1);
  });

  it('keeps the events of a failed write in memory, and reports the failure once', async () => {
    const primary = flakyStore();
    const failures: unknown[] = [];
    const store = createFallbackStore(primary, (error) => failures.push(error));
    primary.broken = true;
    await store.add('a', [event('1'), event('2')]);
    await store.add('a', [event('3')]);
    expect(store.kind).toBe('memory');
    expect((await store.read('a', 10)).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(failures).toHaveLength(1);
    expect((failures[0] as DOMException).name).toBe('UnknownError');
  });

  it('falls back when the database cannot even be opened', async () => {
    const primary: EventStore = {
      kind: 'indexeddb',
      add: () => Promise.reject(new DOMException('access denied', 'SecurityError')),
      read: () => Promise.reject(new DOMException('access denied', 'SecurityError')),
      remove: () => Promise.reject(new DOMException('access denied', 'SecurityError')),
      clear: () => Promise.reject(new DOMException('access denied', 'SecurityError')),
      close() {},
    };
    const store = createFallbackStore(primary, () => {});
    expect(await store.read('a', 10)).toEqual([]);
    await store.add('a', [event('1')]);
    expect(await store.read('a', 10)).toHaveLength(1);
  });
});
