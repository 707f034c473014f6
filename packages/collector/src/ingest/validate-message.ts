import { isIsoDate } from './is-iso-date.js';
import { isPlainObject } from './is-plain-object.js';
import { MESSAGE_TYPES, type AcceptedMessage } from '@vitrine/contracts';
import type { Problem } from './problem.js';
import { unstorableText } from './unstorable-text.js';
import { validateCommerce } from './validate-commerce.js';

const MAX_MESSAGE_ID_LENGTH = 100;

// Segment's own libraries send `userId: null` before identify, so null counts as absent.
const isGiven = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Checks one Segment Spec message. `path` names it in errors (`batch[2]`); '' for the body of a
 * single-message route, whose fields are then named alone (`messageId is required`).
 */
export function validateMessage(value: unknown, path: string): Problem | undefined {
  const at = (field: string): string => (path ? `${path}.${field}` : field);
  const problem = (field: string, error: string): Problem => ({ error: `${at(field)} ${error}`, path: at(field) });
  if (!isPlainObject(value)) return { error: `${path || 'message'} must be a JSON object`, ...(path ? { path } : {}) };

  const { messageId, type, event, anonymousId, userId, timestamp, sentAt, properties, context } = value;
  if (messageId === undefined) return problem('messageId', 'is required');
  if (typeof messageId !== 'string' || messageId.length < 1 || messageId.length > MAX_MESSAGE_ID_LENGTH) {
    return problem('messageId', `must be a string of 1 to ${MAX_MESSAGE_ID_LENGTH} characters`);
  }
  if (type === undefined) return problem('type', 'is required');
  if (!MESSAGE_TYPES.includes(type as AcceptedMessage['type'])) {
    return problem('type', `must be one of ${MESSAGE_TYPES.join(', ')}`);
  }
  for (const [field, id] of [['anonymousId', anonymousId], ['userId', userId]] as const) {
    if (isGiven(id) && (typeof id !== 'string' || id === '')) {
      return problem(field, 'must be a non-empty string');
    }
  }
  if (typeof anonymousId !== 'string' && typeof userId !== 'string') {
    return { error: `${path || 'message'} needs an anonymousId or a userId`, ...(path ? { path } : {}) };
  }
  if (type === 'track' && !isGiven(event)) return problem('event', 'is required for a track message');
  if (isGiven(event) && (typeof event !== 'string' || event === '')) {
    return problem('event', 'must be a non-empty string');
  }
  for (const [field, date] of [['timestamp', timestamp], ['sentAt', sentAt]] as const) {
    if (isGiven(date) && !isIsoDate(date)) {
      return problem(field, 'must be an ISO 8601 date-time string, e.g. 2024-05-01T12:00:00.000Z');
    }
  }
  // Read only in timestamp's place (normalizeMessage), so only then can it be wrong.
  if (!isGiven(timestamp) && isGiven(value['originalTimestamp']) && !isIsoDate(value['originalTimestamp'])) {
    return problem('originalTimestamp', 'must be an ISO 8601 date-time string, e.g. 2024-05-01T12:00:00.000Z');
  }
  for (const [field, object] of [['properties', properties], ['context', context]] as const) {
    if (isGiven(object) && !isPlainObject(object)) return problem(field, 'must be a JSON object');
  }
  // The strings stored in columns of their own (see unstorableText for why they are refused).
  const sessionId = isPlainObject(context) ? context['sessionId'] : undefined;
  for (const [field, text] of [['messageId', messageId], ['event', event], ['anonymousId', anonymousId], ['userId', userId], ['context.sessionId', sessionId]] as const) {
    const reason = typeof text === 'string' ? unstorableText(text) : undefined;
    if (reason) return problem(field, reason);
  }
  return type === 'track' ? validateCommerce(event, properties, at) : undefined;
}
