import { backoff } from './backoff.js';
import { classifyResponse } from './classify-response.js';
import type { KeyValue } from './key-value.js';
import { mayTry, type RetryState } from './may-try.js';
import type { Queue } from './queue.js';
import { ENVELOPE_BYTES, sendBatch, type Destination, type SendResult } from './send-batch.js';
import type { Stats } from './stats.js';
import type { StoredEvent } from './store/event-store.js';
import { splitBatches } from './take-batch.js';
import { withTabLock } from './with-tab-lock.js';

/**
 * Segment's HTTP API takes 500 KB and 2,500 events per request; its own SDKs stop at 480 KiB,
 * "leaving some padding", as a 400 there drops the whole batch.
 */
const MAX_BATCH_BYTES = 480 * 1024 - ENVELOPE_BYTES;
const MAX_BATCH_EVENTS = 2_500;
/**
 * Page-hide requests share the browser's 64 KiB keepalive quota; each stays under 60 KB. A try
 * after a failure is as small, and of at most 100 events: the endpoint may still be down.
 */
const MAX_KEEPALIVE_BYTES = 60 * 1024 - ENVELOPE_BYTES;
const MAX_RETRY_EVENTS = 100;
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
  /** New events are waiting: flushes within `delay` ms, unless a sooner flush is already due. */
  schedule(delay: number): void;
  /** Back online: probes as a new event does. */
  online(): void;
  /**
   * At page hide: sends `events` (this tab's unsent ones) with keepalive, in chunks the browser's
   * quota can take; what it refuses waits in the store for the next visit. Skipped while another
   * tab holds the lock (that tab is alive and will send them) and while the server's own wait is
   * in force; sent during a backoff of ours, which is no reason to leave events behind.
   */
  sendBeforeHide(events: readonly StoredEvent[]): void;
  stop(): void;
}

/**
 * Sends the queue, one tab at a time: takes the oldest batch, posts it, removes it after a 2xx,
 * and backs off (full jitter up to 5 s, or the server's `Retry-After`) after a 408, 429, 5xx or
 * network error. During a backoff of ours, a new event, the page becoming visible again, going
 * back online and an explicit flush probe: they try at once, at most once per PROBE_GAP, so that
 * the end of an outage is noticed in seconds.
 *
 * No event is sent a third time by one page and the next: events in a request without an answer
 * are not put in a page-hide request, not even once the browser has cut that request as the page
 * goes, and a 2xx takes events out of this tab's page-hide list before the store has let them go
 * (a page hide in either gap sent them again, and the next visit a third time). What a page hands
 * to a keepalive request, the next visit sends again: that page never sees the answer, and only
 * the collector knows whether it arrived. Skipping those without asking loses them whenever it did
 * not (an outage, a cut connection); asking costs a request and a collector route per visit, more
 * than the one copy it saves, which the collector drops by messageId anyway.
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
  /** A probe was asked for; when this tab last probed. */
  let probe = false;
  let probed = 0;

  const retry = () => (shared.get(retryKey) ?? '0 0 0').split(' ').map(Number) as RetryState;
  const fail = (error: unknown) => {
    stats.errors++;
    log(error);
  };

  /** Handles one answer; true when the batch left the queue. */
  async function settle(batch: readonly StoredEvent[], { status, retryAfter, error }: SendResult): Promise<boolean> {
    const outcome = classifyResponse(status);
    if (outcome === 'retry') {
      // Out of flight a task later: a page that goes away has its requests cut in the task that
      // dispatches its pagehide, often after they reached the endpoint; sent again at page hide,
      // and by the next visit, they would arrive three times.
      setTimeout(fly, 0, batch, false);
      const attempt = retry()[1] + 1;
      const delay = retryAfter ?? backoff(attempt);
      stats.retries++;
      // The third field: the server set this wait (Retry-After, or a 429), so that no probe and no
      // page-hide send cuts it short. (undefined >= 0 is false.)
      shared.set(retryKey, `${Date.now() + delay} ${attempt} ${+(retryAfter! >= 0 || status === 429)}`);
      log('retry', attempt, 'in', delay, 'ms:', status || error);
      schedule(delay);
      return false;
    }
    shared.remove(retryKey);
    // Out of the page-hide list at once, and in flight until the store has let them go: a page
    // hide or a drain meanwhile would send them again.
    onSettled(batch);
    await queue.remove(batch).catch(fail);
    fly(batch, false);
    if (outcome === 'sent') stats.sent += batch.length;
    else {
      stats.dropped.rejected += batch.length;
      log('rejected', batch.length, 'with', status);
    }
    return true;
  }

  async function drain(): Promise<void> {
    for (;;) {
      const state = retry();
      const now = Date.now();
      const may = mayTry(state, now, probe ? probed : now);
      probe = false;
      if (!may) return schedule(state[0] - now);
      if (state[0] > now) probed = now;
      if (!canSend() || !navigator.onLine) return;
      const oldest = await queue.next(state[1] ? MAX_RETRY_EVENTS : MAX_BATCH_EVENTS, state[1] ? MAX_KEEPALIVE_BYTES : MAX_BATCH_BYTES);
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
    // Past 2^31-1 ms (24.8 days) setTimeout fires at once: a far Retry-After is waited out in steps.
    timer = setTimeout(() => {
      due = Infinity;
      void flush();
    }, Math.min(delay, 2e9));
  }

  /** A flush that may probe: something happened that may mean the endpoint is back. */
  const probeNow = () => {
    probe = true;
    return flush();
  };
  const onVisible = () => document.visibilityState === 'visible' && probeNow();
  document.addEventListener('visibilitychange', onVisible);

  return {
    flush: probeNow,
    schedule(delay) {
      probe = true;
      schedule(delay);
    },
    online: probeNow,
    sendBeforeHide(events) {
      if (waiting || !canSend() || !navigator.onLine || !mayTry(retry(), Date.now(), 0)) return;
      for (const chunk of splitBatches(events.filter((event) => !inFlight.has(event.id)), MAX_BATCH_EVENTS, MAX_KEEPALIVE_BYTES)) {
        fly(chunk, true);
        let answered = false;
        // If the page lives on (it was only hidden), the answer arrives and is handled as usual.
        void sendBatch(chunk, to, true).then((result) => ((answered = true), settle(chunk, result)));
        // Firefox never settles the keepalive request of a page that went into the back/forward
        // cache: its events stayed in flight, unsent, for the page's life. Timers stand still in the
        // cache, so this one runs once the page is back: still unanswered, they go again (the
        // collector keeps one row per messageId).
        setTimeout(() => answered || (fly(chunk, false), probeNow()), HIDE_ANSWER_WAIT);
      }
    },
    stop() {
      document.removeEventListener('visibilitychange', onVisible);
      clearTimeout(timer);
      due = Infinity;
    },
  };
}
