import type { EventStore } from './event-store.js';

/** How often old events are looked for after the first pass at start (ms). */
const RETENTION_INTERVAL_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

/**
 * Keeps `days` days of events: deletes older ones (and updates the rollups) now, then every hour.
 * A failed pass is logged and tried again at the next one. `stop()` waits for a pass in progress.
 */
export function startRetention(store: EventStore, days: number, log: (line: string) => void, now: () => number = Date.now): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const pass = (): void => {
    running = running.then(async () => {
      try {
        const deleted = await store.deleteOlderThan(now() - days * DAY_MS);
        if (deleted > 0) log(`retention: deleted ${deleted} events older than ${days} days`);
      } catch (error) {
        log(`retention: failed, will retry in an hour: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  pass();
  const timer = setInterval(pass, RETENTION_INTERVAL_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
