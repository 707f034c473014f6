import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/send-json.js';
import type { DemoContext } from './demo-context.js';

/** Default and most rows returned by `GET /demo/events?limit=`. */
const LIMIT = { default: 50, max: 100 } as const;
/** Longest anonymousId asked for (the tracker's are 36-character UUIDs). */
const MAX_ID_LENGTH = 1_000;

const HEADERS = {
  // Read by the demo page only: a page elsewhere may not even embed the answer as a resource.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * `GET /demo/events?anonymousId=…&limit=50`: the events of the browser whose tracker has that
 * anonymousId, newest first, so the demo page can show what arrived of its own. Answers its own
 * origin only: no CORS headers, and 403 to a request a browser marks as coming from elsewhere.
 * `properties` and `context` are sent parsed; the page renders them as text.
 */
export async function handleDemoEvents(demo: DemoContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  // The router allows every origin; this answer is only for the page that shares its origin.
  for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);
  const site = req.headers['sec-fetch-site'];
  const { origin, host } = req.headers;
  if ((site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin !== `http://${host}` && origin !== `https://${host}`)) {
    return sendJson(res, 403, { error: '/demo/events answers the demo page on its own origin only' }, HEADERS);
  }
  const anonymousId = url.searchParams.get('anonymousId') ?? '';
  if (anonymousId === '' || anonymousId.length > MAX_ID_LENGTH) {
    const error = `anonymousId is required, 1 to ${MAX_ID_LENGTH} characters: /demo/events?anonymousId=<window.vitrine.user().anonymousId>`;
    return sendJson(res, 400, { error, path: 'anonymousId' }, HEADERS);
  }
  const given = url.searchParams.get('limit');
  const limit = given === null ? LIMIT.default : /^\d{1,4}$/.test(given) ? Number(given) : Number.NaN;
  if (!(limit >= 1 && limit <= LIMIT.max)) {
    return sendJson(res, 400, { error: `limit must be a whole number from 1 to ${LIMIT.max}, not ${JSON.stringify(given?.slice(0, 20))}`, path: 'limit' }, HEADERS);
  }
  const rows = await demo.eventsOf(anonymousId, limit);
  const events = rows.map(({ json: _json, properties, context, ...row }) => ({
    ...row,
    properties: properties === null ? null : (JSON.parse(properties) as unknown),
    context: context === null ? null : (JSON.parse(context) as unknown),
  }));
  sendJson(res, 200, { events }, HEADERS);
}
