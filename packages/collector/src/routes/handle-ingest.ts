import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkIngestBody } from '../ingest/check-ingest-body.js';
import { ignoredLogLine } from '../ingest/ignored-log-line.js';
import { ignoredValues } from '../ingest/ignored-values.js';
import type { IngestHealth } from '../ingest/ingest-health.js';
import { INGEST_LIMITS } from '../ingest/ingest-limits.js';
import { isPlainObject } from '../ingest/is-plain-object.js';
import type { IngestAnswer, MessageType } from '@vitrine/contracts';
import { parseJsonBody } from '../ingest/parse-json-body.js';
import { toEventRows } from '../ingest/to-event-rows.js';
import { unstorableText } from '../ingest/unstorable-text.js';
import { clientKey } from '../rate-limit/client-key.js';
import type { TrustProxy } from '../rate-limit/parse-trust-proxy.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { Forwarder } from '../forward/create-forwarder.js';
import type { GroupCommit } from '../store/group-commit.js';
import { readIngestBody } from '../http/read-ingest-body.js';
import { retryAfterSeconds } from '../http/retry-after-seconds.js';
import { sendJson } from '../http/send-json.js';
import { writeKeyFrom } from '../http/write-key-from.js';

/** What the ingest routes share. */
export interface IngestContext {
  commit: GroupCommit;
  /** Accepted write keys; undefined accepts any key, or none. */
  writeKeys: ReadonlySet<string> | undefined;
  perIp: RateLimiter | undefined;
  perWriteKey: RateLimiter | undefined;
  /** Proxies trusted to name the client in X-Forwarded-For (`--trust-proxy`); undefined trusts none. */
  trustProxy?: TrustProxy | undefined;
  /** The clock for `received_at`, in ms. */
  now: () => number;
  /** Re-posts the body of a stored request upstream (`--forward`); undefined when not forwarding. */
  forward?: Forwarder['forward'] | undefined;
  /** Counts the values the rollups leave out (GET /health); undefined counts nothing. */
  health?: IngestHealth | undefined;
  /** One line per request with values left out of the rollups, naming them by path. */
  log?: ((line: string) => void) | undefined;
}

/**
 * Handles `POST /v1/batch` (no `impliedType`) and the single-message routes. Answers 200 only once
 * the events are committed, so a client may forget them on a 200 and must resend on anything else.
 */
export async function handleIngest(
  context: IngestContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  impliedType?: MessageType,
): Promise<void> {
  const receivedAt = context.now();
  // The IP is limited before the body is read, so a flood costs no more than its headers.
  if (limited(res, context.perIp, clientKey(req, context.trustProxy), 'this IP address')) return;

  const body = await readIngestBody(req, res, INGEST_LIMITS.maxBodyBytes);
  if (body === undefined) return;

  const json = parseJsonBody(body);
  if (!json.ok) return sendJson(res, 400, json.problem);
  const bodyKey = isPlainObject(json.value) && typeof json.value['writeKey'] === 'string' ? json.value['writeKey'] : undefined;
  const writeKey = writeKeyFrom(bodyKey, req.headers.authorization, url.searchParams);
  // A key from the query (`%00`) or Basic auth is stored in the write_key column as well.
  const badKey = writeKey === undefined ? undefined : unstorableText(writeKey);
  if (badKey) return sendJson(res, 400, { error: `writeKey ${badKey}`, path: 'writeKey' });
  if (context.writeKeys && (writeKey === undefined || !context.writeKeys.has(writeKey))) {
    const error =
      writeKey === undefined
        ? 'a write key is required: send it as writeKey in the body, as Basic auth user name, or as ?writeKey='
        : 'this write key is not accepted by this collector';
    return sendJson(res, 401, { error }, { 'WWW-Authenticate': 'Basic realm="vitrine"' });
  }
  if (writeKey !== undefined && limited(res, context.perWriteKey, writeKey, 'this write key')) return;

  const checked = checkIngestBody(json.value, impliedType, writeKey);
  if (!checked.ok) return sendJson(res, 400, checked.problem);
  await context.commit.add(toEventRows(checked.request, receivedAt, writeKey));
  // After the commit: a request answered 500 is sent again, and must not be counted twice.
  const ignored = ignoredValues(checked.request, receivedAt, impliedType !== undefined);
  if (ignored.length > 0) {
    context.health?.record(ignored);
    context.log?.(ignoredLogLine(ignored));
  }
  context.forward?.(body, { writeKey, type: impliedType });
  sendJson(res, 200, { ok: true } satisfies IngestAnswer);
}

/** Takes a token for `key`; when refused, answers 429 and returns true. */
function limited(res: ServerResponse, limiter: RateLimiter | undefined, key: string, what: string): boolean {
  const waitMs = limiter?.take(key) ?? 0;
  if (waitMs === 0) return false;
  const seconds = retryAfterSeconds(waitMs);
  const error = `too many requests from ${what}; retry in ${seconds} s`;
  sendJson(res, 429, { error, retryAfter: seconds }, { 'Retry-After': String(seconds) });
  return true;
}
