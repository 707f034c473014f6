import type { ServerResponse } from 'node:http';
import type { EventStore } from '../store/event-store.js';
import { sendJson } from '../http/send-json.js';

/** Default and most rows returned by `GET /demo/events?limit=`. */
const LIMIT = { default: 50, max: 500 } as const;

/**
 * `GET /demo/events?limit=50`: the most recently received events, newest first, so the demo page
 * can show what arrived. `properties` and `context` are sent parsed; the page renders them as text.
 */
export async function handleDemoEvents(store: EventStore, res: ServerResponse, url: URL): Promise<void> {
  const asked = Number.parseInt(url.searchParams.get('limit') ?? '', 10);
  const limit = Number.isNaN(asked) ? LIMIT.default : Math.min(Math.max(asked, 1), LIMIT.max);
  const rows = await store.recent(limit);
  const events = rows.map(({ json: _json, properties, context, ...row }) => ({
    ...row,
    properties: properties === null ? null : (JSON.parse(properties) as unknown),
    context: context === null ? null : (JSON.parse(context) as unknown),
  }));
  sendJson(res, 200, { events });
}
