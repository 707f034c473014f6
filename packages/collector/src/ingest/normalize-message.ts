import { derivedMessageId } from './derived-message-id.js';
import { idAsString } from './id-as-string.js';
import { isIsoDate } from './is-iso-date.js';
import { isPlainObject } from './is-plain-object.js';
import { utcIfZoneless } from './utc-if-zoneless.js';

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/**
 * What Segment's HTTP API fills in or converts before it validates a message: a missing
 * messageId (derivedMessageId), numeric ids (idAsString), zone-less times (utcIfZoneless), and
 * RudderStack's `originalTimestamp` as the event time when `timestamp` is absent. An empty id
 * counts as absent, as RudderStack's data plane takes it: its browser SDK sends `userId: ""` on
 * every event before identify. A value of the
 * wrong kind is left as it is, so validateMessage refuses it naming the field the client sent.
 */
export function normalizeMessage(value: unknown, writeKey: string | undefined): unknown {
  if (!isPlainObject(value)) return value;
  const message: Record<string, unknown> = { ...value };
  if (isAbsent(message['messageId'])) message['messageId'] = derivedMessageId(value, writeKey);
  for (const field of ['userId', 'anonymousId']) {
    if (message[field] === '') delete message[field];
    else if (field in message) message[field] = idAsString(message[field]);
  }
  for (const field of ['timestamp', 'sentAt', 'originalTimestamp']) {
    if (field in message) message[field] = utcIfZoneless(message[field]);
  }
  if (isAbsent(message['timestamp']) && isIsoDate(message['originalTimestamp'])) message['timestamp'] = message['originalTimestamp'];
  return message;
}
