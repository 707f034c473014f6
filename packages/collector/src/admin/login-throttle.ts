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

/** A LoginThrottle over `failures` (a bucket per client); undefined: no throttling. */
export function createLoginThrottle(failures: RateLimiter | undefined, log: (line: string) => void = () => {}): LoginThrottle {
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
          const wait = failures.wait(client);
          if (wait > 0) log(`admin login: too many wrong tokens from ${client}; its next try is refused for ${Math.ceil(wait / 1000)} s`);
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
