import type { MessageType } from '@vitrine/contracts';
import { VERSION } from '../http/version.js';
import { backoffDelay } from './backoff-delay.js';
import type { ForwardOptions } from './forward-options.js';
import { retryAfterMs } from './retry-after-ms.js';

/** Counters of a forwarder, since it started. */
export interface ForwardStats {
  /** Batches the upstream accepted (2xx). */
  forwarded: number;
  /** Attempts that failed and were retried later. */
  retried: number;
  /** Batches dropped: refused by the upstream (4xx), retried past `giveUpAfterMs`, over the queue bound, or left at close. */
  dropped: number;
  /** Batches waiting or being sent now. */
  pending: number;
}

/** Re-posts accepted request bodies to an upstream, in the background. */
export interface Forwarder {
  /** Queues a body exactly as received; never throws and never waits, whatever the upstream does. */
  forward(body: Buffer, request: { writeKey: string | undefined; type: MessageType | undefined }): void;
  stats(): ForwardStats;
  /** Waits up to `graceMs` for the queue to empty, then drops (counts and logs) what is left. */
  close(graceMs: number): Promise<void>;
}

/** Batches in flight at once: enough to keep up with ingest over a slow link, few enough to be polite. */
const CONCURRENCY = 4;

interface Item {
  body: Buffer;
  url: string;
  headers: Record<string, string>;
  /** When it was queued: the give-up clock starts there (ms). */
  since: number;
}

type Outcome = { ok: true } | { ok: false; retry: boolean; reason: string; waitMs?: number | undefined };

/**
 * The forwarding queue of `--forward`. Ingest has already answered the client when a body gets
 * here, so the upstream can never slow down or fail ingest: it only delays the queue, which is
 * bounded in bytes and in time. Retries follow exponential backoff with jitter, or the upstream's
 * Retry-After when longer. The queue lives in memory: batches pending when the process dies are
 * not forwarded (they are stored, so they are not lost to Vitrine's own metrics).
 */
export function createForwarder(
  options: ForwardOptions,
  log: (line: string) => void,
  random: () => number = Math.random,
): Forwarder {
  const { url, writeKey, basicAuth = true, timeoutMs = 10_000, retryBaseMs = 1_000, giveUpAfterMs = 3_600_000, maxQueueBytes = 64 * 2 ** 20 } = options;
  const upstream = new URL(url);
  const stats: ForwardStats = { forwarded: 0, retried: 0, dropped: 0, pending: 0 };
  const queue: Item[] = [];
  let queuedBytes = 0;
  let active = 0;
  let failing = false;
  const closing = new AbortController();
  let idle: (() => void) | undefined;

  const drop = (item: Item, why: string): void => {
    stats.dropped += 1;
    log(`forward: dropped a batch of ${item.body.length} bytes to ${upstream.origin}: ${why} (${stats.dropped} dropped so far)`);
  };

  const attempt = async (item: Item): Promise<Outcome> => {
    try {
      const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), closing.signal]);
      const response = await fetch(item.url, { method: 'POST', headers: item.headers, body: item.body, signal });
      const text = await response.text();
      if (response.ok) return { ok: true };
      const status = response.status;
      const reason = `${status} ${text.slice(0, 200)}`.trim();
      // 408 and 429 say "later"; any other 4xx says this batch will never be accepted.
      const retry = status >= 500 || status === 408 || status === 429;
      return { ok: false, retry, reason, waitMs: retryAfterMs(response.headers.get('retry-after'), Date.now()) };
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : describe(error);
      return { ok: false, retry: true, reason };
    }
  };

  const send = async (item: Item): Promise<void> => {
    for (let retries = 0; ; retries += 1) {
      const outcome = await attempt(item);
      if (outcome.ok) {
        stats.forwarded += 1;
        if (failing) log(`forward: ${upstream.origin} accepts batches again`);
        failing = false;
        return;
      }
      if (!outcome.retry) return drop(item, `refused with ${outcome.reason}`);
      if (closing.signal.aborted) return drop(item, `the collector closed while it was being retried (last: ${outcome.reason})`);
      const waitMs = Math.max(backoffDelay(retries, retryBaseMs, random()), outcome.waitMs ?? 0);
      if (Date.now() + waitMs - item.since > giveUpAfterMs) {
        return drop(item, `gave up after ${retries + 1} attempts over ${Math.round((Date.now() - item.since) / 1000)} s (last: ${outcome.reason})`);
      }
      if (!failing) log(`forward: ${upstream.origin} failed (${outcome.reason}); retrying with backoff`);
      failing = true;
      stats.retried += 1;
      await sleep(waitMs, closing.signal);
    }
  };

  const pump = (): void => {
    while (active < CONCURRENCY && queue.length > 0) {
      const item = queue.shift()!;
      active += 1;
      void send(item)
        .catch((error: unknown) => drop(item, `unexpected error: ${describe(error)}`))
        .finally(() => {
          active -= 1;
          stats.pending -= 1;
          queuedBytes -= item.body.length;
          pump();
          if (stats.pending === 0) idle?.();
        });
    }
  };

  return {
    forward(body, request) {
      const since = Date.now();
      const item: Item = { body, since, url: upstream.href, headers: { 'Content-Type': 'application/json', 'User-Agent': `vitrine-collector/${VERSION}` } };
      // The single-message routes (/v1/track...) forward to their sibling of the batch URL.
      if (request.type) item.url = new URL(request.type, upstream).href;
      const key = writeKey ?? request.writeKey;
      if (key !== undefined && basicAuth) item.headers['Authorization'] = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
      if (key !== undefined && !basicAuth) {
        const withKey = new URL(item.url);
        withKey.searchParams.set('writeKey', key);
        item.url = withKey.href;
      }
      if (closing.signal.aborted) return drop(item, 'the collector is closing');
      if (queuedBytes + body.length > maxQueueBytes) return drop(item, `the queue holds ${maxQueueBytes} bytes already (the upstream is too slow or down)`);
      queuedBytes += body.length;
      stats.pending += 1;
      queue.push(item);
      pump();
    },
    stats: () => ({ ...stats }),
    async close(graceMs) {
      // Past the grace, aborting makes every attempt and wait end at once, each batch dropped.
      const timer = setTimeout(() => closing.abort(), graceMs);
      while (stats.pending > 0) await new Promise<void>((resolve) => (idle = resolve));
      clearTimeout(timer);
      closing.abort();
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch's "fetch failed" hides the reason (ECONNREFUSED, a reset socket) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
