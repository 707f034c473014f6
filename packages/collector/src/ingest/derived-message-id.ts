import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The prefix of a messageId the collector made, so it is never mistaken for a client's. */
export const DERIVED_MESSAGE_ID_PREFIX = 'vitrine-';

/**
 * A messageId for a message sent without one (Segment's HTTP API makes one up too). It is a hash of
 * the message and the write key, not a random id, so a resend of the same message is still
 * deduplicated. `sentAt` is left out because a client sets it anew on each try, and `writeKey`
 * because a single-message route's body carries it beside the message (it is hashed on its own). The cost: two
 * identical messages with no messageId and no timestamp are one event.
 */
export function derivedMessageId(message: Record<string, unknown>, writeKey: string | undefined): string {
  const { sentAt: _sentAt, writeKey: _writeKey, ...rest } = message;
  const hash = createHash('sha256').update(JSON.stringify(writeKey ?? null)).update('\n').update(canonicalJson(rest));
  return DERIVED_MESSAGE_ID_PREFIX + hash.digest('hex').slice(0, 32);
}
