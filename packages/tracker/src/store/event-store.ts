/** An event as it waits to be sent: its message already serialized, so sending never re-encodes it. */
export interface StoredEvent {
  /** The message's `messageId`: a re-send keeps it, so the collector can drop duplicates. */
  id: string;
  /** The Segment message, as JSON. */
  json: string;
  /** UTF-8 length of `json`. */
  bytes: number;
  /** When it was tracked, ms since the epoch (for `maxEventAge`). */
  at: number;
  /** The stored burst it belongs to, once stored (set by the store). */
  key?: number;
}

/**
 * Where unsent events wait, each queue (endpoint) on its own. Events are written a burst at a
 * time: IndexedDB's cost is per request, not per byte, so one record per burst instead of one
 * per event makes a burst of 1,000 events 40 times cheaper to store. Every method may reject.
 */
export interface EventStore {
  readonly kind: 'indexeddb' | 'memory';
  /** Stores `events` in queue `q`, in one request; sets each event's `key`. */
  add(q: string, events: StoredEvent[]): Promise<void>;
  /**
   * Events of queue `q`, oldest burst first: whole bursts, until there are `limit` events or
   * `maxBytes` bytes (or no more), so a read is never much larger than what it is for.
   */
  read(q: string, limit: number, maxBytes?: number): Promise<StoredEvent[]>;
  /** Removes these events (read from this store, or added to it); ones already gone are ignored. */
  remove(events: readonly StoredEvent[]): Promise<void>;
  /** Removes every event of queue `q`. */
  clear(q: string): Promise<void>;
  close(): void;
}
