import { INGEST_LIMITS } from './ingest-limits.js';
import { isIsoDate } from './is-iso-date.js';
import { isPlainObject } from './is-plain-object.js';
import { normalizeMessage } from './normalize-message.js';
import type { AcceptedMessage, MessageType } from '@vitrine/contracts';
import type { Problem } from './problem.js';
import { unstorableText } from './unstorable-text.js';
import { utcIfZoneless } from './utc-if-zoneless.js';
import { validateMessage } from './validate-message.js';

/** A request body that passed every check. */
export interface IngestRequest {
  /** The messages, each with its JSON text as received (stored verbatim). */
  messages: { message: AcceptedMessage; json: string }[];
  /** `writeKey` from the body, if any. */
  writeKey?: string;
  /** `sentAt` of the batch (ISO 8601), if any; a message's own `sentAt` wins. */
  sentAt?: string;
  /** `context` of the batch, merged under each message's own context. */
  context?: Record<string, unknown>;
}

export type CheckResult = { ok: true; request: IngestRequest } | { ok: false; problem: Problem };

/**
 * Checks a parsed request body. `impliedType` is set for the single-message routes
 * (`/v1/track`...), whose body is one message; without it the body is a batch. The whole body is
 * refused on the first problem, so a client never has to guess which half was stored. Each message
 * is normalised first (normalizeMessage); `writeKey`, the request's, goes into derived messageIds.
 */
export function checkIngestBody(body: unknown, impliedType?: MessageType, writeKey?: string): CheckResult {
  if (!isPlainObject(body)) return { ok: false, problem: { error: 'body must be a JSON object' } };

  const { writeKey: bodyKey, context } = body;
  const sentAt = utcIfZoneless(body.sentAt);
  if (bodyKey !== undefined && typeof bodyKey !== 'string') {
    return { ok: false, problem: { error: 'writeKey must be a string', path: 'writeKey' } };
  }
  const badKey = bodyKey === undefined ? undefined : unstorableText(bodyKey);
  if (badKey) return { ok: false, problem: { error: `writeKey ${badKey}`, path: 'writeKey' } };
  const request: IngestRequest = { messages: [], ...(bodyKey === undefined ? {} : { writeKey: bodyKey }) };
  const key = writeKey ?? bodyKey;
  if (impliedType !== undefined) {
    // The body is the message; an absent type is the route's.
    const message = body.type === undefined ? { ...body, type: impliedType } : body;
    if (message.type !== impliedType) {
      return { ok: false, problem: { error: `type must be ${impliedType} on this route`, path: 'type' } };
    }
    const checked = checkMessage(message, '', key);
    return checked.ok ? { ok: true, request: { ...request, messages: [checked.item] } } : checked;
  }

  if (sentAt !== undefined && !isIsoDate(sentAt)) {
    return { ok: false, problem: { error: 'sentAt must be an ISO 8601 date-time string', path: 'sentAt' } };
  }
  if (context !== undefined && !isPlainObject(context)) {
    return { ok: false, problem: { error: 'context must be a JSON object', path: 'context' } };
  }
  // The batch's sessionId becomes each message's session_id column unless the message has its own.
  const sessionId = isPlainObject(context) ? context['sessionId'] : undefined;
  const badSession = typeof sessionId === 'string' ? unstorableText(sessionId) : undefined;
  if (badSession) return { ok: false, problem: { error: `context.sessionId ${badSession}`, path: 'context.sessionId' } };
  const { batch } = body;
  if (batch === undefined) return { ok: false, problem: { error: 'batch is required', path: 'batch' } };
  if (!Array.isArray(batch)) return { ok: false, problem: { error: 'batch must be an array', path: 'batch' } };
  const max = INGEST_LIMITS.maxBatchMessages;
  if (batch.length > max) {
    const error = `batch has ${batch.length} messages; at most ${max} are allowed`;
    return { ok: false, problem: { error, path: 'batch', limit: max, size: batch.length } };
  }
  for (const [index, value] of batch.entries()) {
    const checked = checkMessage(value, `batch[${index}]`, key);
    if (!checked.ok) return checked;
    request.messages.push(checked.item);
  }
  return {
    ok: true,
    request: { ...request, ...(sentAt === undefined ? {} : { sentAt }), ...(context === undefined ? {} : { context }) },
  };
}

type Checked = { ok: true; item: { message: AcceptedMessage; json: string } } | { ok: false; problem: Problem };

/**
 * Size first (a huge message is refused without walking it), then the Spec's fields. The JSON
 * kept is the message as received; the message is the normalised one.
 */
function checkMessage(value: unknown, path: string, writeKey: string | undefined): Checked {
  const json = JSON.stringify(value);
  const size = Buffer.byteLength(json);
  const max = INGEST_LIMITS.maxMessageBytes;
  if (size > max) {
    const error = `${path || 'message'} is ${size} bytes; a message may be at most ${max} bytes`;
    return { ok: false, problem: { error, ...(path ? { path } : {}), limit: max, size } };
  }
  const message = normalizeMessage(value, writeKey);
  const problem = validateMessage(message, path);
  return problem ? { ok: false, problem } : { ok: true, item: { message: message as AcceptedMessage, json } };
}
