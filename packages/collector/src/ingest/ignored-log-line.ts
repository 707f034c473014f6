import type { IgnoredValue } from './ignored-values.js';

/** Paths named in one log line; a batch of 2,500 bad events must not write a megabyte of log. */
const LISTED = 5;

/**
 * The log line of one request with values the rollups leave out (or, for a timestamp, clamp):
 * how many, and the first few paths with their reason. Paths only, never values, so a client cannot write into the log.
 */
export function ignoredLogLine(values: readonly IgnoredValue[]): string {
  const listed = values.slice(0, LISTED).map(({ path, reason }) => `${path} (${reason})`);
  const more = values.length > LISTED ? `, and ${values.length - LISTED} more` : '';
  const noun = values.length === 1 ? 'value' : 'values';
  return `ingest: ${values.length} ${noun} out of bounds (stored as sent, not counted as sent): ${listed.join(', ')}${more}`;
}
