import type { HostileCollector } from './hostile-collector.js';

/** The day every well-formed event happens on (UTC): past, so no figure depends on the clock. */
export const DAY = '2024-05-01';

/** A well-formed Showroom Viewed of `visitor`, `minute` minutes after 10:00 on DAY. */
export function wellFormed(visitor: string, messageId: string, minute = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const timestamp = new Date(Date.UTC(2024, 4, 1, 10, minute)).toISOString();
  return { messageId, type: 'track', event: 'Showroom Viewed', anonymousId: visitor, timestamp, properties: { showroom_id: 'chair', module: 'sense' }, ...extra };
}

/**
 * `/api/metrics` for DAY as text, but for the time it was generated: two collectors with the same
 * figures answer the same text, of the same size.
 */
export async function figuresOf(collector: HostileCollector): Promise<string> {
  const { status, text, body } = await collector.metrics(`from=${DAY}&to=${DAY}`);
  if (status !== 200) throw new Error(`GET /api/metrics answered ${status}: ${text}`);
  return JSON.stringify({ ...body, generatedAt: undefined });
}

/** The messageIds stored, sorted. */
export async function storedIds(collector: HostileCollector): Promise<string[]> {
  const rows = await collector.query<{ message_id: string }>('SELECT message_id FROM events ORDER BY message_id');
  return rows.map((row) => row.message_id);
}
