import type { RateLimiter } from '../rate-limit/rate-limiter.js';

/** Why a token was not even checked: its client used up its failed tries. Answer 429 with Retry-After. */
export interface Throttled {
  retryAfterMs: number;
}

/** Throttles wrong admin tokens (login form and Bearer) per client, leaving right ones alone. */
export interface LoginThrottle {
  /**
   * Runs `check`, the check of a token sent by `client` (an address key), unless that client has
   * used up its failed tries: resolves with `check`'s result, a falsy one being counted as a
   * failure, or with Throttled without running it. A right token costs nothing, so one client's
   * guesses never delay another's login.
   */
  attempt<T>(client: string, check: () => Promise<T>): Promise<{ result: T } | Throttled>;
}

/** At most one log line per this many ms: many guessing addresses must not flood the log. */
const LOG_EVERY_MS = 60_000;

/** A LoginThrottle over `failures` (a bucket per client); undefined: no throttling. */
export function createLoginThrottle(failures: RateLimiter | undefined, log: (line: string) => void = () => {}, now: () => number = Date.now): LoginThrottle {
  let loggedAt = -Infinity;
  let unlogged = 0;
  /** Logs that `client` has used up its tries: at once, then at most a line a minute with a count. */
  const report = (client: string, waitMs: number): void => {
    unlogged += 1;
    if (now() - loggedAt < LOG_EVERY_MS) return;
    const others = unlogged > 1 ? ` (and ${unlogged - 1} more since the last line)` : '';
    log(`admin login: too many wrong tokens from ${client}${others}; refusing its tries for ${Math.ceil(waitMs / 1000)} s`);
    loggedAt = now();
    unlogged = 0;
  };
  // The tail of each client's queue; an entry lives only while that client has checks in flight,
  // so the map is bounded by the open connections.
  const queues = new Map<string, Promise<unknown>>();
  return {
    attempt<T>(client: string, check: () => Promise<T>): Promise<{ result: T } | Throttled> {
      if (!failures) return check().then((result) => ({ result }));
      const run = async (): Promise<{ result: T } | Throttled> => {
        const retryAfterMs = failures.wait(client);
        if (retryAfterMs > 0) return { retryAfterMs };
        const result = await check();
        if (!result) {
          failures.take(client);
          const waitMs = failures.wait(client);
          if (waitMs > 0) report(client, waitMs);
        }
        return { result };
      };
      // One check at a time per client: run side by side, a thousand concurrent guesses would all
      // pass `wait` before the first failure was counted.
      const mine = (queues.get(client) ?? Promise.resolve()).then(run);
      const tail = mine.then(
        () => undefined,
        () => undefined,
      );
      queues.set(client, tail);
      void tail.then(() => {
        if (queues.get(client) === tail) queues.delete(client);
      });
      return mine;
    },
  };
}
