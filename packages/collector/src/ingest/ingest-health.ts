import { IGNORED_REASONS, type IgnoredReason } from './ignored-reason.js';
import type { IgnoredValue } from './ignored-values.js';

/** The `ingest` figure of `GET /health`. */
export interface IngestHealthFigures {
  /** Values the rollups left out since the process started, by reason (see IgnoredReason). */
  ignored: Record<IgnoredReason, number>;
}

export interface IngestHealth {
  /** Counts the values one stored request had left out. */
  record(values: readonly IgnoredValue[]): void;
  figures(): IngestHealthFigures;
}

/** Counters of what ingest left out of the rollups, kept in memory since the process started. */
export function createIngestHealth(): IngestHealth {
  const ignored = Object.fromEntries(IGNORED_REASONS.map((reason) => [reason, 0])) as Record<IgnoredReason, number>;
  return {
    record(values) {
      for (const { reason } of values) ignored[reason]++;
    },
    figures: () => ({ ignored: { ...ignored } }),
  };
}
