import { backoff } from './backoff.js';
import { classifyResponse } from './classify-response.js';
import type { KeyValue } from './key-value.js';
import type { Queue } from './queue.js';
import { ENVELOPE_BYTES, sendBatch, type Destination, type SendResult } from './send-batch.js';
import type { Stats } from './stats.js';
import type { StoredEvent } from './store/event-store.js';
import { splitBatches } from './take-batch.js';
import { withTabLock } from './with-tab-lock.js';

/** Segment's HTTP API limits per request: 500 KB and 2,500 events. */
const MAX_BATCH_BYTES = 500 * 1024 - ENVELOPE_BYTES;
const MAX_BATCH_EVENTS = 2_500;
/** Page-hide requests share the browser's 64 KiB keepalive quota; each stays under 60 KB. */
const MAX_KEEPALIVE_BYTES = 60 * 1024 - ENVELOPE_BYTES;
/** How long a page-hide request may take to answer, in the page's time, before it is given up. */
const HIDE_ANSWER_WAIT = 5_000; // ms

export interface DeliveryContext {
  queue: Queue;
  to: Destination;
  stats: Stats;
  /** Shared by the tabs of this origin: the backoff survives a reload and binds every tab. */
  shared: KeyValue;
  /** False while consent is not granted: nothing is sent. */
  canSend: () => boolean;
  /** A batch left the queue: sent, or rejected by the endpoint. */
  onSettled: (batch: readonly StoredEvent[]) => void;
  /** The queue was read empty. */
  onEmpty: () => void;
  log: (...args: unknown[]) => void;
}

export interface Delivery {
  /** Sends everything waiting; resolves when the queue is empty or backing off. Never rejects. */
  flush(): Promise<void>;
  /** Flushes within `delay` ms, unless a sooner flush is already due. */
  schedule(delay: number): void;
  /** Back online: a backoff for network errors no longer applies. */
  online(): void;
  /**
   * At page hide: sends `events` (this tab's unsent ones) with keepalive, in chunks the browser's
   * quota can take; what it refuses waits in the store for the next visit. Skipped while another
   * tab holds the lock: that tab is alive and will send them.
   */
  sendBeforeHide(events: readonly StoredEvent[]): void;
  stop(): void;
}

/**
 * Sends the queue, one tab at a time: takes the oldest batch, posts it, removes it after a 2xx,
 * and backs off (full jitter, or the server's `Retry-After`) after a 408, 429, 5xx or network error.
 */
export function createDelivery(
  { queue, to, stats, shared, canSend, onSettled, onEmpty, log }: DeliveryContext,
  queueName: string,
): Delivery {
  const lock = `vitrine:${queueName}`;
  const retryKey = `retry:${queueName}`;
  /** Events in a request right now: not handed out again until it answers. */
  const inFlight = new Set<string>();
  const fly = (events: readonly StoredEvent[], on: boolean) => events.forEach((e) => inFlight[on ? 'add' : 'delete'](e.id));
  let running: Promise<void> | undefined;
  let again = false;
  let waiting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Infinity;

  /** The backoff every tab obeys: [when the next try may be, failed tries, last status]. */
  const retry = () => (shared.get(retryKey) ?? '0 0 0').split(' ').map(Number) as [number, number, number];
  const fail = (error: unknown) => {
    stats.errors++;
    log(error);
  };

  /** Handles one answer; true when the batch left the queue. */
  async function settle(batch: readonly StoredEvent[], { status, retryAfter, error }: SendResult): Promise<boolean> {
    fly(batch, false);
    const outcome = classifyResponse(status);
    if (outcome === 'retry') {
      const attempt = retry()[1] + 1;
      const delay = retryAfter ?? backoff(attempt);
      stats.retries++;
      shared.set(retryKey, `${Date.now() + delay} ${attempt} ${status}`);
      log('retry', attempt, 'in', delay, 'ms:', status || error);
      schedule(delay);
      return false;
    }
    shared.remove(retryKey);
    await queue.remove(batch).catch(fail);
    onSettled(batch);
    if (outcome === 'sent') stats.sent += batch.length;
    else {
      stats.dropped.rejected += batch.length;
      log('rejected', batch.length, 'with', status);
    }
    return true;
  }

  async function drain(): Promise<void> {
    for (;;) {
      const wait = retry()[0] - Date.now();
      if (wait > 0) return schedule(wait);
      if (!canSend() || !navigator.onLine) return;
      const oldest = await queue.next(MAX_BATCH_EVENTS, MAX_BATCH_BYTES);
      if (!oldest.length) return onEmpty();
      const batch = oldest.filter((event) => !inFlight.has(event.id));
      if (!batch.length) return;
      fly(batch, true);
      if (!(await settle(batch, await sendBatch(batch, to)))) return;
    }
  }

  function flush(): Promise<void> {
    again = true;
    return (running ??= (async () => {
      while (again) {
        again = false;
        await withTabLock(lock, drain, (w) => (waiting = w)).catch(fail);
      }
      running = undefined;
    })());
  }

  function schedule(delay: number): void {
    if (Date.now() + delay >= due) return;
    clearTimeout(timer);
    due = Date.now() + delay;
    timer = setTimeout(() => {
      due = Infinity;
      void flush();
    }, delay);
  }

  return {
    flush,
    schedule,
    online() {
      if (!retry()[2]) shared.remove(retryKey);
      void flush();
    },
    sendBeforeHide(events) {
      if (waiting || !canSend() || !navigator.onLine || retry()[0] > Date.now()) return;
      for (const chunk of splitBatches(events.filter((event) => !inFlight.has(event.id)), MAX_BATCH_EVENTS, MAX_KEEPALIVE_BYTES)) {
        fly(chunk, true);
        let answered = false;
        // If the page lives on (it was only hidden), the answer arrives and is handled as usual.
        void sendBatch(chunk, to, true).then((result) => ((answered = true), settle(chunk, result)));
        // Firefox never settles the keepalive request of a page that went into the back/forward
        // cache: its events stayed in flight, unsent, for the page's life. Timers stand still in the
        // cache, so this one runs once the page is back: still unanswered, they go again (the
        // collector keeps one row per messageId).
        setTimeout(() => answered || (fly(chunk, false), void flush()), HIDE_ANSWER_WAIT);
      }
    },
    stop() {
      clearTimeout(timer);
      due = Infinity;
    },
  };
}
