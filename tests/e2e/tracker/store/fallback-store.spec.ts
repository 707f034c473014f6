import { expectExactRows, keys } from '../../support/expect-rows.js';
import { EVERY_ENGINE, expect, test } from '../../support/engine-fixtures.js';

// Each breaks IndexedDB before any script of the page runs. Init scripts are serialised into the
// page, so each is a self-contained function.
const variants: Array<{ name: string; breakIndexedDb: () => void }> = [
  {
    name: 'indexedDB is undefined',
    breakIndexedDb: () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    },
  },
  {
    // Chrome in a sandboxed iframe, Firefox with storage blocked.
    name: 'reading indexedDB throws a SecurityError',
    breakIndexedDb: () => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get: () => {
          throw new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError');
        },
      });
    },
  },
  {
    name: 'indexedDB.open throws a SecurityError',
    breakIndexedDb: () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    },
  },
  {
    // Chrome's answer when the backing store is corrupt or the disk is full.
    name: 'the open request fails with an UnknownError',
    breakIndexedDb: () => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        // An IDBOpenDBRequest to instanceof checks (idb wraps only IDBRequests), with the events
        // of a real one delegated to a plain EventTarget: it fails on the next task.
        const events = new EventTarget();
        const request = Object.create(IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
        let error: DOMException | null = null;
        const handlers: Record<string, unknown> = { onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null };
        for (const name of Object.keys(handlers)) {
          Object.defineProperty(request, name, { get: () => handlers[name], set: (h: unknown) => (handlers[name] = h) });
        }
        Object.defineProperties(request, {
          addEventListener: { value: events.addEventListener.bind(events) },
          removeEventListener: { value: events.removeEventListener.bind(events) },
          dispatchEvent: { value: events.dispatchEvent.bind(events) },
          result: {
            get: () => {
              throw new DOMException('The request has not finished.', 'InvalidStateError');
            },
          },
          error: { get: () => error },
          readyState: { get: () => (error ? 'done' : 'pending') },
          source: { value: null },
          transaction: { value: null },
        });
        setTimeout(() => {
          error = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
          const event = new Event('error', { cancelable: true });
          events.dispatchEvent(event);
          const onerror = handlers['onerror'];
          if (typeof onerror === 'function') onerror.call(request, event);
        });
        return request;
      };
    },
  },
];

test.describe('vitrine.track without IndexedDB', EVERY_ENGINE, () => {
  for (const { name, breakIndexedDb } of variants) {
    test(`delivers events from memory while the page lives when ${name}`, async ({ site, tracker, waitForRows }) => {
      site.addInitScript(breakIndexedDb);
      await tracker.open();
      await tracker.track(10);
      expectExactRows(await waitForRows(10), keys(10));
      expect((await tracker.stats()).storage).toBe('memory');
    });
  }
});
