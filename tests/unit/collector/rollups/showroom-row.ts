import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';

let counter = 0;

/** A stored showroom event as ingest makes it: `at` in ms, common properties filled in. */
export function showroomRow(
  event: string,
  at: number,
  { visitor = 'v-1', module = 'sense', showroom = 'chair', messageId = `m-${++counter}`, userId = null as string | null, ...properties }: Record<string, unknown> = {},
): EventRow {
  const props = { showroom_id: showroom, config_version: 1, module, experiments: { 'cta-wording': 'control' }, ...properties };
  return {
    messageId: messageId as string,
    type: 'track',
    event,
    anonymousId: visitor as string,
    userId: userId as string | null,
    sessionId: 's',
    writeKey: null,
    timestamp: at,
    originalTimestamp: new Date(at).toISOString(),
    sentAt: null,
    receivedAt: at,
    properties: JSON.stringify(props),
    context: null,
    json: '{}',
  };
}

/** 2024-05-01T10:00:00Z plus `minutes`, in ms. */
export const at = (minutes: number): number => Date.UTC(2024, 4, 1, 10) + minutes * 60_000;
