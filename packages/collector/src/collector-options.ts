import type { DemoOptions } from './demo/demo-options.js';
import type { ForwardOptions } from './forward/forward-options.js';
import type { RateLimitOptions } from './rate-limit/rate-limit-options.js';

/** Options of `startCollector`. */
export interface CollectorOptions {
  /** Folder of the database file `vitrine.sqlite`; created if missing (not used with `database`). No default. */
  dataDir: string;
  /** A PostgreSQL URL (`postgres://user:password@host:5432/db`) to store in instead of SQLite; several collectors may share it. Default: SQLite. */
  database?: string | undefined;
  /** TCP port to listen on; 0 picks any free port (see `Collector.port`). Default 8787. */
  port?: number;
  /** Interface to listen on. Default '127.0.0.1': this machine only; '0.0.0.0' for all. */
  host?: string;
  /** Accepted write keys; any other key, or none, gets 401. Default: every key, and none, accepted. */
  writeKeys?: readonly string[];
  /** Ingest limits in requests/s per write key and per IP, and failed admin logins per IP; `false` turns all off. Default: see RateLimitOptions. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Proxies trusted to name the client in `X-Forwarded-For`, for the per-IP limits: a number of
   * hops (1: one load balancer in front), or addresses or CIDR subnets of the proxies
   * (`['10.0.0.0/8']`). Default: none; the socket's peer is the client.
   */
  trustProxy?: number | string | readonly string[] | undefined;
  /**
   * Most connections open at once; a connection past it is closed as soon as it opens (a client
   * sees a network error and retries). Default 1000.
   */
  maxConnections?: number;
  /**
   * Serves the demo shop from `root` at /, and each of `mounts` (URL prefix such as '/tracker/' ->
   * folder) at its prefix, plus `GET /demo/events`. Default: no demo.
   */
  demo?: DemoOptions | undefined;
  /**
   * Folder of seed configs `{id}.json`: each id not yet in the database becomes version 1,
   * published when valid, served at `GET /v1/configs/{id}`. Default: none.
   */
  configsDir?: string | undefined;
  /** Re-posts every accepted batch, unchanged, to a Segment-compatible upstream after storing it. Default: none. */
  forward?: ForwardOptions | undefined;
  /**
   * Referrer domains that bring no visit of their own (the shop's other domains, payment providers
   * such as paypal.com): a visit landing from one (or a subdomain) counts as Direct, as GA4's
   * referral exclusions do. The page's own host always counts. Default: none.
   */
  referralExclusions?: readonly string[] | undefined;
  /**
   * Days before an order (or a cart add) within which the visitor's last showroom touch is credited
   * with it; a whole number from 1 to 365. Applies to what arrives from now on: run `rebuild-rollups`
   * with the same value to credit the stored orders again. Default: 30.
   */
  attributionWindowDays?: number | undefined;
  /** Delete events (and their rollups) older than this many days, at start and every hour. Default: keep everything. */
  retentionDays?: number | undefined;
  /** Where log lines go (start, request errors). Default: nowhere. */
  log?: (line: string) => void;
}

export type { DemoOptions };
