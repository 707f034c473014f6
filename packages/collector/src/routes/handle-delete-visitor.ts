import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeleteVisitorAnswer } from '@vitrine/contracts';
import { isPlainObject } from '../ingest/is-plain-object.js';
import { parseJsonBody } from '../ingest/parse-json-body.js';
import type { EventStore } from '../store/event-store.js';
import type { VisitorRef } from '../store/visitor-ref.js';
import { readBody } from '../http/read-body.js';
import { sendJson } from '../http/send-json.js';

/** A deletion request is one small JSON object. */
const BODY_LIMIT = 4_096;

/**
 * `POST /api/visitors/delete` with `{"anonymousId": "..."}` or `{"userId": "..."}`: deletes that
 * visitor's events and rollups (a data subject's erasure request); answers `{deleted: n}` events.
 */
export async function handleDeleteVisitor(store: EventStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const read = await readBody(req, BODY_LIMIT);
  if (!read.ok) return sendJson(res, read.reason === 'too-large' ? 413 : 400, { error: `body must be a JSON object of at most ${BODY_LIMIT} bytes` }, { Connection: 'close' });
  const parsed = parseJsonBody(read.body);
  if (!parsed.ok) return sendJson(res, 400, parsed.problem);
  const visitor = toVisitorRef(parsed.value);
  if (typeof visitor === 'string') return sendJson(res, 400, { error: visitor });
  sendJson(res, 200, { deleted: await store.deleteVisitor(visitor) } satisfies DeleteVisitorAnswer);
}

function toVisitorRef(value: unknown): VisitorRef | string {
  const usage = 'send {"anonymousId": "..."} or {"userId": "..."}';
  if (!isPlainObject(value)) return `body must be a JSON object: ${usage}`;
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'anonymousId' && keys[0] !== 'userId')) return `body must have exactly one key, anonymousId or userId: ${usage}`;
  const id = value[keys[0]];
  if (typeof id !== 'string' || id === '') return `${keys[0]} must be a non-empty string`;
  return keys[0] === 'anonymousId' ? { anonymousId: id } : { userId: id };
}
