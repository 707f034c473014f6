import { resolve } from 'node:path';
import type { CollectorOptions, DemoOptions } from './collector-options.js';
import type { ForwardOptions } from './forward/forward-options.js';
import { createRateLimiter, type RateLimiter } from './rate-limit/rate-limiter.js';
import { parseTrustProxy, type TrustProxy } from './rate-limit/parse-trust-proxy.js';
import type { BucketLimit } from './rate-limit/token-bucket.js';

/** Generous enough for a busy shop behind one NAT; strict enough to blunt a flood (requests/s). */
const DEFAULT_LIMITS = {
  // A write key is shared by every visitor of a site: its limit guards the server, not a client.
  perWriteKey: { rate: 1_000, burst: 5_000 },
  perIp: { rate: 20, burst: 100 },
  // A person mistypes a few times; a script guessing tokens gets one try every 10 s.
  failedLogins: { rate: 0.1, burst: 10 },
} as const satisfies Record<string, BucketLimit>;

/**
 * Connections open at once. A tab holds one at most, idle for 5 s after a send (keepAliveTimeout),
 * so a thousand serves far more shoppers than that at once; past it, a flood of idle sockets costs
 * refused connections instead of memory and file descriptors.
 */
const DEFAULT_MAX_CONNECTIONS = 1_000;

/** CollectorOptions checked, with every default applied. */
export interface ResolvedOptions {
  dataDir: string;
  port: number;
  host: string;
  writeKeys: ReadonlySet<string> | undefined;
  perWriteKey: RateLimiter | undefined;
  perIp: RateLimiter | undefined;
  trustProxy: TrustProxy | undefined;
  failedLogins: RateLimiter | undefined;
  maxConnections: number;
  demo: Required<DemoOptions> | undefined;
  configsDir: string | undefined;
  forward: ForwardOptions | undefined;
  database: string | undefined;
  retentionDays: number | undefined;
  referralExclusions: readonly string[];
  attributionWindowDays: number;
  log: (line: string) => void;
}

/** Applies defaults; throws a TypeError naming the option on a setup mistake. */
export function resolveOptions(options: CollectorOptions): ResolvedOptions {
  const { dataDir, port = 8787, host = '127.0.0.1', writeKeys, rateLimit = {}, demo, log = () => {} } = options;
  if (typeof dataDir !== 'string' || dataDir === '') throw new TypeError('dataDir must be a folder path');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`port must be an integer from 0 to 65535, not ${port}`);
  }
  if (writeKeys !== undefined && (writeKeys.length === 0 || writeKeys.some((key) => typeof key !== 'string' || key === ''))) {
    throw new TypeError('writeKeys must be a non-empty list of non-empty strings (leave it out to accept any key)');
  }
  const { retentionDays, maxConnections = DEFAULT_MAX_CONNECTIONS } = options;
  if (!(Number.isInteger(maxConnections) && maxConnections >= 1)) {
    throw new TypeError(`maxConnections must be a whole number, at least 1, not ${maxConnections}`);
  }
  if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays >= 1)) {
    throw new TypeError(`retentionDays must be a whole number of days, at least 1, not ${retentionDays}`);
  }
  const limiter = (name: keyof typeof DEFAULT_LIMITS): RateLimiter | undefined => {
    const given = rateLimit === false ? false : rateLimit[name];
    if (given === false) return undefined;
    const limit = { ...DEFAULT_LIMITS[name], ...given };
    if (!(limit.rate > 0) || !(limit.burst >= 1)) {
      throw new TypeError(`rateLimit.${name} needs rate > 0 and burst ≥ 1 (requests/s), not ${JSON.stringify(given)}`);
    }
    return createRateLimiter(limit);
  };
  return {
    dataDir: resolve(dataDir),
    port,
    host,
    writeKeys: writeKeys === undefined ? undefined : new Set(writeKeys),
    perWriteKey: limiter('perWriteKey'),
    perIp: limiter('perIp'),
    trustProxy: options.trustProxy === undefined ? undefined : parseTrustProxy(options.trustProxy),
    failedLogins: limiter('failedLogins'),
    maxConnections,
    demo: demo && {
      root: resolve(demo.root),
      mounts: Object.fromEntries(Object.entries(demo.mounts ?? {}).map(([prefix, dir]) => [prefix, resolve(dir)])),
    },
    configsDir: options.configsDir === undefined ? undefined : resolve(options.configsDir),
    forward: options.forward && checkForward(options.forward),
    database: checkDatabase(options.database),
    retentionDays,
    referralExclusions: checkReferralExclusions(options.referralExclusions),
    attributionWindowDays: checkWindowDays(options.attributionWindowDays),
    log,
  };
}

/** Throws a TypeError naming the bad `forward` option. */
function checkForward(forward: ForwardOptions): ForwardOptions {
  let url: URL | undefined;
  try {
    url = new URL(forward.url);
  } catch {
    // Reported below with the other bad URLs.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new TypeError(`forward.url must be an http(s) URL such as https://api.segment.io/v1/batch, not ${JSON.stringify(forward.url)}`);
  }
  if (forward.writeKey !== undefined && (typeof forward.writeKey !== 'string' || forward.writeKey === '')) {
    throw new TypeError('forward.writeKey must be a non-empty string (leave it out to pass on the request\'s key)');
  }
  for (const name of ['timeoutMs', 'retryBaseMs', 'giveUpAfterMs', 'maxQueueBytes'] as const) {
    const value = forward[name];
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) throw new TypeError(`forward.${name} must be a positive number, not ${value}`);
  }
  return forward;
}

/** Throws a TypeError unless `database` is undefined or a postgres:// URL. */
function checkDatabase(database: string | undefined): string | undefined {
  if (database === undefined) return undefined;
  if (typeof database !== 'string' || !/^postgres(ql)?:\/\/./.test(database) || !URL.canParse(database)) {
    throw new TypeError(`database must be a PostgreSQL URL such as postgres://vitrine@localhost:5432/vitrine, not ${JSON.stringify(String(database).slice(0, 30))}`);
  }
  return database;
}

/** Throws a TypeError unless the attribution window is a whole number of days from 1 to 365; 30 when undefined. */
function checkWindowDays(days: number | undefined): number {
  if (days === undefined) return 30;
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new TypeError(`attributionWindowDays must be a whole number of days from 1 to 365, not ${JSON.stringify(days)}`);
  return days;
}

/** Throws a TypeError unless every exclusion is a domain name (shop.example, not a URL); lowercased. */
function checkReferralExclusions(domains: readonly string[] | undefined): readonly string[] {
  if (domains === undefined) return [];
  if (!Array.isArray(domains)) throw new TypeError('referralExclusions must be a list of domains such as ["paypal.com"]');
  return domains.map((domain: unknown, i) => {
    if (typeof domain !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain.trim())) {
      throw new TypeError(`referralExclusions[${i}] must be a domain such as paypal.com, not ${JSON.stringify(domain)}`);
    }
    return domain.trim().toLowerCase();
  });
}
