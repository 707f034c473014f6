import type { Server } from 'node:net';

/** At most one log line per this many ms, however many connections are refused (a flood must not flood the log). */
const EVERY_MS = 60_000;

/**
 * Logs that `server` refuses connections past its `maxConnections`: once when it starts, then at
 * most once a minute with the count refused since the last line.
 */
export function logDroppedConnections(server: Server, maxConnections: number, log: (line: string) => void, now: () => number = Date.now): void {
  let dropped = 0;
  let loggedAt = -Infinity;
  server.on('drop', () => {
    dropped += 1;
    if (now() - loggedAt < EVERY_MS) return;
    log(`refused ${dropped} connection(s): ${maxConnections} already open (maxConnections)`);
    loggedAt = now();
    dropped = 0;
  });
}
