import type { EventStore, StoredEvent } from './store/event-store.js';
import { takeBatch } from './take-batch.js';

export interface QueueLimits {
  maxEvents: number;
  maxBytes: number;
  /** ms */
  maxAge: number;
}

export type DropReason = 'cap' | 'bytes' | 'age';

export interface Queue {
  /** Stores `events` in one request, then trims if the queue may be over a cap. */
  add(events: StoredEvent[]): Promise<void>;
  /** The oldest events, as many as fit in one request; expired ones are dropped on the way. */
  next(maxEvents: number, maxBytes: number): Promise<StoredEvent[]>;
  remove(events: readonly StoredEvent[]): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The policy over a store: keeps queue `q` within its caps on events, bytes and age, dropping the
 * oldest first and reporting every drop, and hands out batches oldest first.
 */
export function createQueue(store: EventStore, q: string, limits: QueueLimits, onDrop: (reason: DropReason, count: number) => void): Queue {
  // What this tab believes the queue holds; recounted by every trim.
  let events = 0;
  let bytes = 0;
  let trimmed = false;
  const expired = (event: StoredEvent) => event.at < Date.now() - limits.maxAge;

  async function remove(gone: readonly StoredEvent[]): Promise<void> {
    await store.remove(gone);
    events -= gone.length;
    for (const event of gone) bytes -= event.bytes;
  }

  /** Reads the whole queue once: drops what is too old or over a cap, newest kept, and recounts. */
  async function trim(): Promise<void> {
    trimmed = true;
    const dropped: StoredEvent[] = [];
    const counts: Partial<Record<DropReason, number>> = {};
    events = bytes = 0;
    for (const event of (await store.read(q, Infinity)).reverse()) {
      const reason = expired(event) ? 'age' : events >= limits.maxEvents ? 'cap' : bytes + event.bytes > limits.maxBytes ? 'bytes' : 0;
      if (reason) {
        dropped.push(event);
        counts[reason] = (counts[reason] ?? 0) + 1;
      } else {
        events++;
        bytes += event.bytes;
      }
    }
    await store.remove(dropped);
    for (const reason in counts) onDrop(reason as DropReason, counts[reason as DropReason]!);
  }

  return {
    async add(added) {
      await store.add(q, added);
      events += added.length;
      for (const event of added) bytes += event.bytes;
      if (!trimmed || events > limits.maxEvents || bytes > limits.maxBytes) await trim();
    },
    async next(maxEvents, maxBytes) {
      if (!trimmed) await trim();
      const oldest = await store.read(q, maxEvents, maxBytes);
      const old = oldest.filter(expired);
      if (old.length === 0) return takeBatch(oldest, maxEvents, maxBytes);
      await remove(old);
      onDrop('age', old.length);
      return this.next(maxEvents, maxBytes);
    },
    remove,
    async clear() {
      await store.clear(q);
      events = bytes = 0;
    },
  };
}
