/** Why events were dropped on purpose. Every drop is counted under one reason. */
export interface DropCounts {
  /** Over 32 KB, refused at track(). */
  oversize: number;
  /** Oldest events over `maxQueueEvents`. */
  cap: number;
  /** Oldest events over `maxQueueBytes`. */
  bytes: number;
  /** Older than `maxEventAge`. */
  age: number;
  /** Refused by the endpoint with a 4xx other than 408 and 429. */
  rejected: number;
  /** Tracked while consent was denied (or Global Privacy Control is on), or erased when it was withdrawn. */
  consent: number;
  /** Dropped by `beforeSend`. */
  filtered: number;
}

/** What a tracker has done since it was created, for dashboards and tests. */
export interface Stats {
  /** track(), page() and identify() calls accepted. */
  tracked: number;
  /** Events written to the store. */
  stored: number;
  /** Events the endpoint acknowledged with a 2xx. */
  sent: number;
  /** Requests that will be tried again (5xx, 408, 429, network errors). */
  retries: number;
  /** Failures absorbed without losing events (storage, network, bad calls), logged with `debug`. */
  errors: number;
  /** Where unsent events wait now: 'memory' once IndexedDB is missing or broken. */
  storage: 'indexeddb' | 'memory';
  dropped: DropCounts;
}

export function createStats(): Stats {
  return {
    tracked: 0,
    stored: 0,
    sent: 0,
    retries: 0,
    errors: 0,
    storage: 'indexeddb',
    dropped: { oversize: 0, cap: 0, bytes: 0, age: 0, rejected: 0, consent: 0, filtered: 0 },
  };
}
