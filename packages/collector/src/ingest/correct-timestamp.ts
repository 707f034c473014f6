/**
 * When an event happened, on the server's clock (ms since the epoch). A client's clock may be
 * hours off, but the gap between its own `timestamp` and `sentAt` is measured on that same clock,
 * so `receivedAt − (sentAt − timestamp)` removes the skew (Segment's rule; network time is
 * neglected). Without both client times, the message's timestamp is taken as it is, or failing
 * that the time it arrived. Unparseable times count as absent.
 */
export function correctTimestamp(receivedAt: number, sentAt?: string | null, timestamp?: string | null): number {
  const sent = sentAt ? Date.parse(sentAt) : Number.NaN;
  const happened = timestamp ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(happened)) return receivedAt;
  if (Number.isNaN(sent)) return happened;
  return receivedAt - (sent - happened);
}
