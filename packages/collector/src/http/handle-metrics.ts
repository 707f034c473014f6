import type { ServerResponse } from 'node:http';
import { parseMetricsQuery } from '../metrics/parse-metrics-query.js';
import { readExperimentArms } from '../metrics/read-experiment-arms.js';
import type { EventStore } from '../store/event-store.js';
import { sendJson } from './send-json.js';

/** `GET /api/metrics?showroom=&from=&to=&experiment=&arm=&module=&tz=`: the dashboard's figures (MetricsResult). */
export async function handleMetrics(store: EventStore, configsDir: string | undefined, res: ServerResponse, url: URL, now: number): Promise<void> {
  const parsed = parseMetricsQuery(url.searchParams, now);
  if ('error' in parsed) return sendJson(res, 400, { error: parsed.error });
  const arms = await readExperimentArms(configsDir);
  sendJson(res, 200, await store.metrics(parsed.query, { now, experimentArms: (id) => arms.get(id) }));
}
