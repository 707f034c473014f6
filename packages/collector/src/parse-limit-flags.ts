import type { BucketLimit } from './rate-limit/token-bucket.js';

/** Highest rate (requests/s) and burst a flag may set: past it a limit is no limit, say `off`. */
export const MAX_LIMIT_FLAG = 1_000_000;

/**
 * Reads a `--<name>-rate <requests/s|off>` and `--<name>-burst <requests>` pair: undefined when
 * neither is given (the default stands), `false` for `off`, else the parts given (the other keeps
 * its default). Throws an Error naming the flag.
 */
export function parseLimitFlags(name: string, rate: string | undefined, burst: string | undefined): Partial<BucketLimit> | false | undefined {
  if (rate === 'off') {
    if (burst !== undefined) throw new Error(`--${name}-burst makes no sense with --${name}-rate off`);
    return false;
  }
  const limit: Partial<BucketLimit> = {};
  if (rate !== undefined) {
    const value = Number(rate);
    if (!/^\d+(\.\d+)?$/.test(rate) || !(value > 0) || value > MAX_LIMIT_FLAG) {
      throw new Error(`--${name}-rate must be requests per second, more than 0 and at most ${MAX_LIMIT_FLAG}, or off, not ${rate}`);
    }
    limit.rate = value;
  }
  if (burst !== undefined) {
    const value = Number(burst);
    if (!/^\d+$/.test(burst) || value < 1 || value > MAX_LIMIT_FLAG) {
      throw new Error(`--${name}-burst must be a whole number of requests from 1 to ${MAX_LIMIT_FLAG}, not ${burst}`);
    }
    limit.burst = value;
  }
  return rate === undefined && burst === undefined ? undefined : limit;
}
