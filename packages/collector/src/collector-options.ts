import type { RateLimitOptions } from './rate-limit/rate-limit-options.js';

/** Options of `startCollector`. */
export interface CollectorOptions {
  /** Folder of the database file `vitrine.sqlite`; created if missing. No default. */
  dataDir: string;
  /** TCP port to listen on; 0 picks any free port (see `Collector.port`). Default 8787. */
  port?: number;
  /** Interface to listen on. Default '127.0.0.1': this machine only; '0.0.0.0' for all. */
  host?: string;
  /** Accepted write keys; any other key, or none, gets 401. Default: every key, and none, accepted. */
  writeKeys?: readonly string[];
  /** Ingest limits in requests/s per write key and per IP; `false` turns both off. Default: see RateLimitOptions. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Serves the demo shop from `root` at /, and each of `mounts` (URL prefix such as '/tracker/' ->
   * folder) at its prefix, plus `GET /demo/events`. Default: no demo.
   */
  demo?: DemoOptions | undefined;
  /** Folder of published showroom configs, served publicly at `GET /v1/configs/{id}` as `{id}.json`. Default: none. */
  configsDir?: string | undefined;
  /** Delete events (and their rollups) older than this many days, at start and every hour. Default: keep everything. */
  retentionDays?: number | undefined;
  /** Where log lines go (start, request errors). Default: nowhere. */
  log?: (line: string) => void;
}

/** The demo site: a root folder and other folders mounted at URL prefixes. */
export interface DemoOptions {
  root: string;
  mounts?: Record<string, string>;
}
