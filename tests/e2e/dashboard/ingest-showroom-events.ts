import { randomUUID } from 'node:crypto';
import type { Module, ShowroomEventName, ShowroomEvents } from '../../../packages/contracts/src/index.js';

/** One showroom event as the tracker sends it: who, when, where, and the event's own properties. */
export interface ShowroomVisit<E extends ShowroomEventName = ShowroomEventName> {
  event: E;
  properties: ShowroomEvents[E];
  visitor: string;
  /** ISO time; sent as the message's timestamp (no sentAt, so the collector keeps it as is). */
  at: string;
  showroom: string;
  module?: Module;
  experiments?: Record<string, string>;
}

/** A typed event for `ingestShowroomEvents` (the properties are checked against ShowroomEvents). */
export const visit = <E extends ShowroomEventName>(event: E, properties: ShowroomEvents[E], rest: Omit<ShowroomVisit<E>, 'event' | 'properties'>): ShowroomVisit =>
  ({ event, properties, ...rest }) as ShowroomVisit;

/** POSTs the events to the collector's /v1/batch as the tracker would; throws with the answer unless it is 200. */
export async function ingestShowroomEvents(collectorUrl: string, events: ShowroomVisit[]): Promise<void> {
  const batch = events.map(({ event, properties, visitor, at, showroom, module = 'sense', experiments = {} }) => ({
    type: 'track',
    messageId: randomUUID(),
    anonymousId: visitor,
    event,
    timestamp: at,
    properties: { showroom_id: showroom, config_version: 1, module, experiments, ...properties },
  }));
  const res = await fetch(`${collectorUrl}/v1/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ batch }) });
  if (res.status !== 200) throw new Error(`/v1/batch answered ${res.status}: ${await res.text()}`);
}
