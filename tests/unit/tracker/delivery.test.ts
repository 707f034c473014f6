// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelivery, type Delivery } from '../../../packages/tracker/src/delivery.js';
import { createKeyValue, type KeyValue } from '../../../packages/tracker/src/key-value.js';
import { createQueue } from '../../../packages/tracker/src/queue.js';
import { createStats, type Stats } from '../../../packages/tracker/src/stats.js';
import type { StoredEvent } from '../../../packages/tracker/src/store/event-store.js';
import { createMemoryStore } from '../../../packages/tracker/src/store/memory-store.js';

// The sending rules over a memory store and a scripted fetch, on fake time: how soon it retries,
// when it probes, what it sends at page hide, and what it never sends twice.

type Answer = number | { status: number; retryAfter: string };
/** Each request's keepalive flag and event count, in order. */
let requests: Array<{ keepalive: boolean; events: number }>;
/** Each request's body size in bytes, in order. */
let sizes: number[];
/** What the endpoint answers, request after request (0: a network error); the last one repeats. */
let answers: Answer[];
let store: ReturnType<typeof createMemoryStore>;
let shared: KeyValue;
let stats: Stats;
let settled: string[];
let delivery: Delivery;
let seq = 0;

const now = () => Date.now();
const events = (n: number): StoredEvent[] => Array.from({ length: n }, () => ({ id: `e${seq++}`, json: '{}', bytes: 2, at: now() }));
const sentCount = () => requests.length;

function start(): Delivery {
  const queue = createQueue(store, 'q', { maxEvents: 10_000, maxBytes: 1e7, maxAge: 1e12 }, () => {});
  const context = { queue, to: { endpoint: 'https://c.example/v1/batch', writeKeyAs: 'body' as const }, stats, shared };
  delivery = createDelivery({ ...context, canSend: () => true, onSettled: (b) => settled.push(...b.map((e) => e.id)), onEmpty: () => {}, log: () => {} }, 'q');
  return delivery;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  vi.spyOn(Math, 'random').mockReturnValue(1); // each backoff is its whole ceiling
  requests = [];
  sizes = [];
  answers = [200];
  settled = [];
  store = createMemoryStore();
  shared = createKeyValue('t.', false, (error) => {
    throw error;
  });
  stats = createStats();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = String(init.body);
      requests.push({ keepalive: !!init.keepalive, events: (JSON.parse(body) as { batch: unknown[] }).batch.length });
      sizes.push(new TextEncoder().encode(body).length);
      const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
      const { status, retryAfter } = typeof answer === 'number' ? { status: answer, retryAfter: null } : answer;
      if (status === 0) throw new TypeError('Failed to fetch');
      return { status, headers: new Headers(retryAfter ? { 'Retry-After': retryAfter } : {}) };
    }),
  );
});

afterEach(() => {
  delivery.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createDelivery', () => {
  it('retries a network error within 5 s however long the outage has lasted', async () => {
    await store.add('q', events(3));
    answers = [0, 0, 0, 0, 0, 0, 0, 0, 200];
    await start().flush();
    const at = now();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stats.sent).toBe(3);
    expect(sentCount()).toBe(9);
    // Ceilings 1, 2, 4, then 5 s: the ninth request went 1 + 2 + 4 + 5 * 5 s after the first.
    expect(now() - at).toBeGreaterThanOrEqual(32_000);
    expect(shared.get('retry:q')).toBeUndefined();
  });

  it('probes when an event is tracked during its own backoff, at most once per 2 s', async () => {
    await store.add('q', events(3));
    shared.set('retry:q', `${now() + 5_000} 3 0`); // a backoff after a network error, 5 s to go
    answers = [0];
    start();
    delivery.schedule(1_000); // an event was tracked: flushInterval 1 s
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sentCount(), 'a probe 1 s in, not 5 s').toBe(1);
    delivery.schedule(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sentCount(), 'no second probe 1 s after the first').toBe(1);
    delivery.schedule(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sentCount(), 'a probe 2 s after the first').toBe(2);
  });

  it('probes when the page becomes visible again or the browser is back online', async () => {
    await store.add('q', events(1));
    shared.set('retry:q', `${now() + 5_000} 3 0`);
    start();
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sentCount()).toBe(1);
    expect(stats.sent).toBe(1);

    await vi.advanceTimersByTimeAsync(2_000); // a probe per 2 s at most
    await store.add('q', events(1));
    shared.set('retry:q', `${now() + 5_000} 3 0`);
    delivery.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(stats.sent).toBe(2);
  });

  it('keeps each request under 480 KiB, the margin Segment’s own SDKs leave below the 500 KB limit', async () => {
    const json = JSON.stringify({ text: 'x'.repeat(10_000) });
    await store.add('q', Array.from({ length: 150 }, () => ({ id: `e${seq++}`, json, bytes: json.length, at: now() })));
    await start().flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stats.sent).toBe(150);
    expect(sizes.length).toBe(4); // 1.5 MB of events
    for (const bytes of sizes) expect(bytes).toBeLessThanOrEqual(480 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(470 * 1024); // batches are filled, not cut short
  });

  it('sends no more than 100 events in a try after a failure, then full batches once one got through', async () => {
    await store.add('q', events(250));
    answers = [0, 200];
    await start().flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests.map((r) => r.events)).toEqual([250, 100, 150]);
  });

  it('obeys Retry-After exactly: no probe and no page-hide send until it has passed', async () => {
    await store.add('q', events(2));
    answers = [{ status: 503, retryAfter: '30' }, 200];
    await start().flush();
    delivery.schedule(0);
    delivery.sendBeforeHide(events(1));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(sentCount(), 'requests in the 30 s the server asked for').toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sentCount()).toBe(2);
    expect(stats.sent).toBe(2);
  });

  it('waits out a Retry-After of 30 days without a tight loop (setTimeout fires at once past 24.8 days)', async () => {
    await store.add('q', events(1));
    answers = [{ status: 503, retryAfter: String(30 * 24 * 3600) }, 200];
    await start().flush();
    await vi.advanceTimersByTimeAsync(29 * 24 * 3600_000);
    expect(sentCount()).toBe(1);
    expect(vi.getTimerCount(), 'timers pending').toBe(1);
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(stats.sent).toBe(1);
  });

  it('waits out a 429 without Retry-After like a Retry-After: no probe meanwhile', async () => {
    await store.add('q', events(1));
    answers = [429, 200];
    await start().flush();
    delivery.schedule(0);
    await vi.advanceTimersByTimeAsync(999);
    expect(sentCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sentCount()).toBe(2);
  });

  it('sends at page hide during its own backoff, with keepalive', async () => {
    const unsent = events(5);
    await store.add('q', unsent);
    shared.set('retry:q', `${now() + 5_000} 3 0`);
    start().sendBeforeHide(unsent);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toEqual([{ keepalive: true, events: 5 }]);
    expect(stats.sent).toBe(5);
  });

  it('does not send at page hide the events of a request cut as the page goes, but does once the failure is over', async () => {
    const batch = events(20);
    await store.add('q', batch);
    answers = [0, 200];
    await start().flush(); // Chromium cuts the request in the task that dispatches pagehide
    delivery.sendBeforeHide(batch);
    expect(sentCount(), 'requests in the task of the cut').toBe(1);
    await vi.advanceTimersByTimeAsync(0); // the page lived on: a network error like any other
    delivery.sendBeforeHide(batch);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toEqual([
      { keepalive: false, events: 20 },
      { keepalive: true, events: 20 },
    ]);
  });

  it('takes acknowledged events out of the page-hide list at once, and sends them in no other request while the store removes them', async () => {
    const batch = events(20);
    await store.add('q', batch);
    let removed!: () => void;
    const removing = new Promise<void>((resolve) => (removed = resolve));
    const remove = store.remove.bind(store);
    store.remove = async (gone) => {
      if (gone.length > 0) await removing; // not the queue's first trim, which removes nothing
      return remove(gone);
    };
    const flushed = start().flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sentCount()).toBe(1);
    expect(settled, 'out of the page-hide list before the store let them go').toHaveLength(20);
    // A page hide and a flush while the store is still removing them.
    delivery.sendBeforeHide(batch);
    void delivery.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sentCount(), 'requests carrying them').toBe(1);
    removed();
    await flushed;
    expect(await store.read('q', Infinity)).toEqual([]);
  });
});
