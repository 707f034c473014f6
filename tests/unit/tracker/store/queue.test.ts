import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueue, type DropReason } from '../../../../packages/tracker/src/queue.js';
import type { EventStore, StoredEvent } from '../../../../packages/tracker/src/store/event-store.js';
import { createIdbStore } from '../../../../packages/tracker/src/store/idb-store.js';
import { createMemoryStore } from '../../../../packages/tracker/src/store/memory-store.js';

const day = 24 * 60 * 60_000;
let seq = 0;
const event = (_q = 'a', bytes = 100, at = Date.now()): StoredEvent => ({ id: `e${seq++}`, json: '{}', bytes, at });

// The same behaviour over both stores: the memory store stands in for IndexedDB where it is broken.
describe.each<[string, () => EventStore]>([
  ['IndexedDB', () => createIdbStore()],
  ['memory', () => createMemoryStore()],
])('Queue over the %s store', (_, makeStore) => {
  let store: EventStore;
  let drops: Partial<Record<DropReason, number>>;
  const queue = (limits: Partial<{ maxEvents: number; maxBytes: number; maxAge: number }> = {}, q = 'a') =>
    createQueue(store, q, { maxEvents: 1_000, maxBytes: 1e6, maxAge: 7 * day, ...limits }, (reason, n) => {
      drops[reason] = (drops[reason] ?? 0) + n;
    });

  beforeEach(async () => {
    store = makeStore();
    await store.clear('a');
    await store.clear('b');
    drops = {};
  });

  it('hands out the oldest events first, within the batch limits', async () => {
    const q = queue({ maxAge: Infinity });
    const first = [event(), event()];
    const second = [event()];
    await q.add(first);
    await q.add(second);
    expect((await q.next(10, 1e6)).map((e) => e.id)).toEqual([...first, ...second].map((e) => e.id));
    expect(await q.next(2, 1e6)).toHaveLength(2);
    expect(await q.next(10, 150)).toHaveLength(1);
  });

  it('keeps each endpoint in its own queue', async () => {
    await queue({}, 'a').add([event('a')]);
    await queue({}, 'b').add([event('b'), event('b')]);
    expect(await queue({}, 'a').next(10, 1e6)).toHaveLength(1);
    expect(await queue({}, 'b').next(10, 1e6)).toHaveLength(2);
  });

  it('removes what was sent, part of a burst or all of it, and ignores events already gone', async () => {
    const q = queue();
    const events = [event(), event(), event()];
    await q.add(events);
    await q.remove(events.slice(0, 2));
    await q.remove(events.slice(0, 2));
    expect((await q.next(10, 1e6)).map((e) => e.id)).toEqual([events[2]!.id]);
    await q.remove(await q.next(10, 1e6));
    expect(await q.next(10, 1e6)).toEqual([]);
  });

  it('removes events as read back (by burst), as another tab would', async () => {
    const q = queue();
    await q.add([event(), event()]);
    await q.add([event()]);
    const read = await q.next(10, 1e6);
    await q.remove(read.slice(1));
    expect((await q.next(10, 1e6)).map((e) => e.id)).toEqual([read[0]!.id]);
  });

  it.each<[string, Partial<{ maxEvents: number; maxBytes: number }>, DropReason, number]>([
    ['drops the oldest events over maxQueueEvents', { maxEvents: 5 }, 'cap', 5],
    ['drops the oldest events over maxQueueBytes', { maxBytes: 450 }, 'bytes', 4],
  ])('%s, counting them', async (_, limits, reason, kept) => {
    const q = queue(limits);
    const events = Array.from({ length: 10 }, (_, i) => event('a', 100, Date.now() - 10 + i));
    await q.add(events);
    const left = await q.next(100, 1e6);
    expect(left.map((e) => e.id)).toEqual(events.slice(-kept).map((e) => e.id));
    expect(drops).toEqual({ [reason]: 10 - kept });
  });

  it('drops events older than maxEventAge instead of sending them, counting them', async () => {
    const q = queue({ maxAge: day });
    await q.add([event('a', 100, Date.now() - 2 * day), event('a', 100, Date.now())]);
    expect(await q.next(10, 1e6)).toHaveLength(1);
    expect(drops).toEqual({ age: 1 });
  });

  it('clears one queue only', async () => {
    await queue({}, 'a').add([event('a')]);
    await queue({}, 'b').add([event('b')]);
    await queue({}, 'a').clear();
    expect(await queue({}, 'a').next(10, 1e6)).toHaveLength(0);
    expect(await queue({}, 'b').next(10, 1e6)).toHaveLength(1);
  });
});
