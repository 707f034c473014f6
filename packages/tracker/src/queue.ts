import type { EventStore, StoredEvent } from './store/event-store.js';
import { takeBatch } from './take-batch.js';

export interface QueueLimits {
  maxEvents: number;
  maxBytes: number;
  /** ms */
  maxAge: number;
}

export type DropReason = 'cap' | 'bytes' | 'age';

/**
 * The policy over a store: keeps one queue within its caps on events, bytes and age, dropping
 * the oldest first and reporting every drop, and hands out batches oldest first.
 */
export class Queue {
  private events = 0;
  private bytes = 0;
  private trimmed = false;

  constructor(
    readonly store: EventStore,
    private readonly q: string,
    private readonly limits: QueueLimits,
    private readonly onDrop: (reason: DropReason, count: number) => void,
  ) {}

  /** Stores `events` in one transaction, then trims if the queue may be over a cap. */
  async add(events: readonly StoredEvent[]): Promise<void> {
    await this.store.add(events);
    this.events += events.length;
    for (const event of events) this.bytes += event.bytes;
    const { maxEvents, maxBytes } = this.limits;
    if (!this.trimmed || this.events > maxEvents || this.bytes > maxBytes) await this.trim();
  }

  /** The oldest events, as many as fit in one request; expired ones are dropped on the way. */
  async next(maxEvents: number, maxBytes: number): Promise<StoredEvent[]> {
    if (!this.trimmed) await this.trim();
    const oldest = await this.store.read(this.q, maxEvents);
    const cutoff = Date.now() - this.limits.maxAge;
    const expired = oldest.filter((event) => event.at < cutoff);
    if (expired.length > 0) {
      await this.remove(expired);
      this.onDrop('age', expired.length);
      return this.next(maxEvents, maxBytes);
    }
    return takeBatch(oldest, maxEvents, maxBytes);
  }

  async remove(events: readonly StoredEvent[]): Promise<void> {
    await this.store.remove(events.map((event) => event.id));
    this.events = Math.max(0, this.events - events.length);
    for (const event of events) this.bytes = Math.max(0, this.bytes - event.bytes);
  }

  async clear(): Promise<void> {
    await this.store.clear(this.q);
    this.events = this.bytes = 0;
  }

  /** Reads the whole queue once: drops what is too old or over a cap, and recounts. */
  private async trim(): Promise<void> {
    this.trimmed = true;
    const all = await this.store.read(this.q, Infinity);
    const { maxEvents, maxBytes, maxAge } = this.limits;
    const cutoff = Date.now() - maxAge;
    const drops: Record<DropReason, StoredEvent[]> = { age: [], cap: [], bytes: [] };
    let events = 0;
    let bytes = 0;
    // Newest first: the newest events are kept, the oldest dropped.
    for (let i = all.length - 1; i >= 0; i--) {
      const event = all[i]!;
      const reason: DropReason | undefined =
        event.at < cutoff ? 'age' : events >= maxEvents ? 'cap' : bytes + event.bytes > maxBytes ? 'bytes' : undefined;
      if (reason) drops[reason].push(event);
      else {
        events++;
        bytes += event.bytes;
      }
    }
    const dropped = [...drops.age, ...drops.cap, ...drops.bytes];
    if (dropped.length > 0) await this.store.remove(dropped.map((event) => event.id));
    this.events = events;
    this.bytes = bytes;
    for (const reason of ['age', 'cap', 'bytes'] as const) if (drops[reason].length) this.onDrop(reason, drops[reason].length);
  }
}
