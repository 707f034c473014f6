import { correctTimestamp } from './correct-timestamp.js';

/**
 * How far after its arrival an event may say it happened, ms (10 min): more than any clock skew
 * left after correction, or the network time correction neglects.
 */
export const FUTURE_ALLOWANCE_MS = 10 * 60_000;

/**
 * When an event happened, as stored: skew-corrected (correctTimestamp), and clamped to the receive
 * time when that is more than FUTURE_ALLOWANCE_MS ahead of it (`future`), so that a forged
 * year-9999 event is not a live visitor for ever and reaches the retention cut-off like the rest.
 */
export function eventTime(receivedAt: number, sentAt?: string | null, timestamp?: string | null): { timestamp: number; future: boolean } {
  const corrected = correctTimestamp(receivedAt, sentAt, timestamp);
  return corrected > receivedAt + FUTURE_ALLOWANCE_MS ? { timestamp: receivedAt, future: true } : { timestamp: corrected, future: false };
}
