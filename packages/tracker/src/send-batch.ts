import { retryAfter } from './retry-after.js';
import type { WriteKeyAs } from './options.js';
import type { StoredEvent } from './store/event-store.js';

export interface Destination {
  endpoint: string;
  /** Where page-hide (keepalive) requests go; default: `endpoint`. */
  hideEndpoint?: string | undefined;
  writeKey?: string | undefined;
  writeKeyAs: WriteKeyAs;
}

export interface SendResult {
  /** The HTTP status, or 0 when no answer came (offline, connection cut, timed out). */
  status: number;
  /** The server's `Retry-After`, in ms. */
  retryAfter?: number | undefined;
  error?: unknown;
}

/** A request that has not answered by then is treated as a network failure and retried. */
const TIMEOUT = 30_000; // ms

/**
 * Posts `events` as one Segment batch `{batch, sentAt, writeKey}`. The body is sent as
 * `text/plain`, a CORS "simple" request, so there is no preflight. `keepalive` lets the request
 * outlive the page (at page hide): it goes to `hideEndpoint`, and as such requests cannot carry
 * headers, a Basic-auth write key goes in `?writeKey=` instead, as RudderStack's beacon route
 * expects. Never rejects.
 */
export async function sendBatch(events: readonly StoredEvent[], to: Destination, keepalive = false): Promise<SendResult> {
  const { writeKey, writeKeyAs } = to;
  const headers: Record<string, string> = { 'Content-Type': 'text/plain' };
  let url = (keepalive && to.hideEndpoint) || to.endpoint;
  let key = '';
  if (writeKey !== undefined) {
    if (writeKeyAs === 'body') key = `,"writeKey":${JSON.stringify(writeKey)}`;
    else if (writeKeyAs === 'query' || keepalive) url += `${url.includes('?') ? '&' : '?'}writeKey=${encodeURIComponent(writeKey)}`;
    else headers.Authorization = `Basic ${btoa(`${writeKey}:`)}`;
  }
  // The messages are stored as JSON already: join them instead of parsing and re-encoding.
  const body = `{"batch":[${events.map((e) => e.json).join(',')}],"sentAt":"${new Date().toISOString()}"${key}}`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers,
      keepalive,
      credentials: 'omit',
      signal: AbortSignal.timeout?.(TIMEOUT),
    });
    return { status: response.status, retryAfter: retryAfter(response.headers.get('Retry-After')) };
  } catch (error) {
    return { status: 0, error };
  }
}

/** Bytes `sendBatch` adds around the events: the envelope, `sentAt` and a write key. */
export const ENVELOPE_BYTES = 256;
