import { resolve } from 'node:path';
import type { CollectorOptions, DemoOptions } from './collector-options.js';
import { createRateLimiter, type RateLimiter } from './rate-limit/rate-limiter.js';
import type { BucketLimit } from './rate-limit/token-bucket.js';

/** Generous enough for a busy shop behind one NAT; strict enough to blunt a flood (requests/s). */
const DEFAULT_LIMITS = {
  // A write key is shared by every visitor of a site: its limit guards the server, not a client.
  perWriteKey: { rate: 1_000, burst: 5_000 },
  perIp: { rate: 20, burst: 100 },
} as const satisfies Record<string, BucketLimit>;

/** CollectorOptions checked, with every default applied. */
export interface ResolvedOptions {
  dataDir: string;
  port: number;
  host: string;
  writeKeys: ReadonlySet<string> | undefined;
  perWriteKey: RateLimiter | undefined;
  perIp: RateLimiter | undefined;
  demo: Required<DemoOptions> | undefined;
  configsDir: string | undefined;
  retentionDays: number | undefined;
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
  const { retentionDays } = options;
  if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays >= 1)) {
    throw new TypeError(`retentionDays must be a whole number of days, at least 1, not ${retentionDays}`);
  }
  const limiter = (name: keyof typeof DEFAULT_LIMITS): RateLimiter | undefined => {
    const limit = rateLimit === false ? false : (rateLimit[name] ?? DEFAULT_LIMITS[name]);
    if (limit === false) return undefined;
    if (!(limit.rate > 0) || !(limit.burst >= 1)) {
      throw new TypeError(`rateLimit.${name} needs rate > 0 and burst ≥ 1 (requests/s), not ${JSON.stringify(limit)}`);
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
    demo: demo && {
      root: resolve(demo.root),
      mounts: Object.fromEntries(Object.entries(demo.mounts ?? {}).map(([prefix, dir]) => [prefix, resolve(dir)])),
    },
    configsDir: options.configsDir === undefined ? undefined : resolve(options.configsDir),
    retentionDays,
    log,
  };
}
