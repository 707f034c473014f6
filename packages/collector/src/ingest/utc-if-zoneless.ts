// An ISO 8601 date-time without a zone; isIsoDate decides whether it is otherwise valid.
const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/**
 * A date-time without a zone read as UTC, as Segment reads it (`2024-05-01T12:00:00` becomes
 * `2024-05-01T12:00:00Z`); JavaScript would read it as the server's local time. Any other value is
 * returned as it is, for the validator to judge.
 */
export function utcIfZoneless(value: unknown): unknown {
  return typeof value === 'string' && ZONELESS.test(value) ? `${value}Z` : value;
}
