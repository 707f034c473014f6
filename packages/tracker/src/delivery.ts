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
  /**
   * The queue was read empty. `mark` is what `readMark()` returned before the read: every event
   * stored before then has left the queue, sent by this tab or another.
   */
  onEmpty: (mark: number) => void;
  readMark: () => number;
  log: (...args: unknown[]) => void;
}

/**
 * Sends the queue, one tab at a time: takes the oldest batch, posts it, removes it after a 2xx,
 * and backs off (full jitter, or the server's `Retry-After`) after a 408, 429, 5xx or network error.
 */
export class Delivery {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = Infinity;
  private waiting = false;
  /** Events in a request right now: not handed out again until it answers. */
  private readonly inFlight = new Set<string>();
  private readonly lock: string;
  private readonly retryKey: string;

  constructor(private readonly c: DeliveryContext, queueName: string) {
    this.lock = `vitrine:${queueName}`;
    this.retryKey = `retry:${queueName}`;
  }

  /** Sends everything waiting; resolves when the queue is empty or backing off. Never rejects. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await withTabLock(this.lock, () => this.drain(), (waiting) => (this.waiting = waiting)).catch(this.fail);
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Flushes within `delay` ms, unless a sooner flush is already due. */
  schedule(delay: number): void {
    const due = Date.now() + delay;
    if (due >= this.due) return;
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => {
      this.due = Infinity;
      void this.flush();
    }, delay);
  }

  /** Back online: a network backoff no longer applies. */
  online(): void {
    if (this.retry().network) this.c.shared.remove(this.retryKey);
    void this.flush();
  }

  /**
   * At page hide: sends `events` (this tab's unsent ones) with keepalive, in chunks the browser's
   * quota can take; what it refuses waits in the store for the next visit. Skipped while another
   * tab holds the lock: that tab is alive and will send them.
   */
  sendBeforeHide(events: readonly StoredEvent[]): void {
    if (this.waiting || !this.c.canSend() || !navigator.onLine || this.retry().at > Date.now()) return;
    const ready = events.filter((event) => !this.inFlight.has(event.id));
    for (const chunk of splitBatches(ready, MAX_BATCH_EVENTS, MAX_KEEPALIVE_BYTES)) {
      for (const event of chunk) this.inFlight.add(event.id);
      // If the page lives on (it was only hidden), the answer arrives and is handled as usual.
      void sendBatch(chunk, this.c.to, true).then((result) => this.settle(chunk, result));
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.due = Infinity;
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (!this.c.canSend() || !navigator.onLine) return;
      const wait = this.retry().at - Date.now();
      if (wait > 0) return this.schedule(wait);
      const mark = this.c.readMark();
      const oldest = await this.c.queue.next(MAX_BATCH_EVENTS, MAX_BATCH_BYTES);
      if (oldest.length === 0) return this.c.onEmpty(mark);
      const batch = oldest.filter((event) => !this.inFlight.has(event.id));
      if (batch.length === 0) return;
      for (const event of batch) this.inFlight.add(event.id);
      const result = await sendBatch(batch, this.c.to);
      if (!(await this.settle(batch, result))) return;
    }
  }

  /** Handles one answer; true when the batch left the queue. */
  private async settle(batch: readonly StoredEvent[], { status, retryAfter, error }: SendResult): Promise<boolean> {
    for (const event of batch) this.inFlight.delete(event.id);
    const { stats, queue, shared, log } = this.c;
    const outcome = classifyResponse(status);
    if (outcome === 'retry') {
      const attempt = this.retry().attempt + 1;
      const delay = retryAfter ?? backoff(attempt);
      stats.retries++;
      shared.set(this.retryKey, `${Date.now() + delay} ${attempt} ${status === 0 ? 'network' : status}`);
      log(`batch of ${batch.length} failed (${status || error}); retry ${attempt} in ${delay} ms`);
      this.schedule(delay);
      return false;
    }
    shared.remove(this.retryKey);
    await queue.remove(batch).catch(this.fail);
    this.c.onSettled(batch);
    if (outcome === 'sent') stats.sent += batch.length;
    else {
      stats.dropped.rejected += batch.length;
      log(`batch of ${batch.length} rejected with ${status}: dropped`);
    }
    return true;
  }

  /** The backoff every tab obeys: when the next try may be, and how many tries failed. */
  private retry(): { at: number; attempt: number; network: boolean } {
    const [at = 0, attempt = 0, cause] = (this.c.shared.get(this.retryKey) ?? '').split(' ');
    return { at: Number(at) || 0, attempt: Number(attempt) || 0, network: cause === 'network' };
  }

  private readonly fail = (error: unknown): void => {
    this.c.stats.errors++;
    this.c.log('delivery failed', error);
  };
}
