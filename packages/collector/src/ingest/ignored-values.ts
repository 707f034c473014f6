import { boundForRollups } from './bound-for-rollups.js';
import type { IngestRequest } from './check-ingest-body.js';
import { eventTime } from './event-time.js';
import type { IgnoredReason } from './ignored-reason.js';

/** A value of a request that the rollups leave out, by its JSON path (never the value itself). */
export interface IgnoredValue {
  /** e.g. `batch[2].properties.question`; without `batch[i].` on the single-message routes. */
  path: string;
  reason: IgnoredReason;
}

/**
 * What of a checked request the rollups will not count, by the same rules they apply
 * (boundForRollups, eventTime), so ingest can count and log it while the raw events are stored.
 */
export function ignoredValues(request: IngestRequest, receivedAt: number, single: boolean): IgnoredValue[] {
  const found: IgnoredValue[] = [];
  for (const [index, { message }] of request.messages.entries()) {
    const at = single ? '' : `batch[${index}].`;
    if (eventTime(receivedAt, message.sentAt ?? request.sentAt ?? null, message.timestamp).future) {
      found.push({ path: `${at}timestamp`, reason: 'future_timestamp' });
    }
    if (!message.properties) continue;
    for (const { field, reason } of boundForRollups(message.event ?? null, message.properties).ignored) {
      found.push({ path: `${at}properties.${field}`, reason });
    }
  }
  return found;
}
