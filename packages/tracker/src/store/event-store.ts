/** An event as it waits to be sent: its message already serialized, so sending never re-encodes it. */
export interface StoredEvent {
  /** The message's `messageId`: a re-send keeps it, so the collector can drop duplicates. */
  id: string;
  /** The queue it waits in (one per endpoint). */
  q: string;
  /** The Segment message, as JSON. */
  json: string;
  /** UTF-8 length of `json`. */
  bytes: number;
  /** When it was tracked, ms since the epoch (for `maxEventAge`). */
  at: number;
}

/** Where unsent events wait. Implemented over IndexedDB and in memory; every method may reject. */
export interface EventStore {
  readonly kind: 'indexeddb' | 'memory';
  /** Stores all `events` in one transaction. */
  add(events: readonly StoredEvent[]): Promise<void>;
  /** Up to `limit` events of queue `q`, oldest first. */
  read(q: string, limit: number): Promise<StoredEvent[]>;
  /** Removes events by id (ids that are gone already are ignored). */
  remove(ids: readonly string[]): Promise<void>;
  /** Removes every event of queue `q`. */
  clear(q: string): Promise<void>;
  close(): void;
}
