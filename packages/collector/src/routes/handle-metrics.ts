import type { ServerResponse } from 'node:http';
import type { ConfigStore } from '../configs/config-store.js';
import { parseMetricsQuery } from '../metrics/parse-metrics-query.js';
import { readExperimentArms } from '../metrics/read-experiment-arms.js';
import { readKnownIds } from '../metrics/read-known-ids.js';
import type { EventStore } from '../store/event-store.js';
import { sendJson } from '../http/send-json.js';

/**
 * `GET /api/metrics?showroom=&from=&to=&experiment=&arm=&module=&tz=`: the dashboard's figures
 * (MetricsResult), listing only the showrooms, experiments and arms of the stored configs.
 */
export async function handleMetrics(store: EventStore, configs: ConfigStore, res: ServerResponse, url: URL, now: number): Promise<void> {
  const parsed = parseMetricsQuery(url.searchParams, now);
  if ('error' in parsed) return sendJson(res, 400, { error: parsed.error });
  const [arms, known] = await Promise.all([readExperimentArms(configs), readKnownIds(configs)]);
  sendJson(res, 200, await store.metrics(parsed.query, { now, experimentArms: (id) => arms.get(id), known }));
}
