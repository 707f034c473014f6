import type { ForwardStats } from './forward/create-forwarder.js';

/** A running collector, as `startCollector` resolves it. */
export interface Collector {
  /** Base URL, e.g. `http://127.0.0.1:8787`; the batch route is `${url}/v1/batch`. */
  url: string;
  /** The port actually bound (useful with `port: 0`). */
  port: number;
  /** Absolute path of the SQLite database file; with `database`, the PostgreSQL URL, password hidden. */
  dbPath: string;
  /** Counters of `--forward` (forwarded, retried, dropped, pending); absent when not forwarding. */
  forwardStats?: () => ForwardStats;
  /**
   * The admin token, only when this start created it (the first start on a data folder): it is
   * stored as a hash only, so print it now or rotate it later (`rotate-admin-token`).
   */
  adminToken?: string;
  /** Stops accepting requests, lets the ones in flight finish, commits what is queued, closes the database. */
  close(): Promise<void>;
}
