import type { ServerResponse } from 'node:http';
import type { ConfigStore } from '../configs/config-store.js';
import { parseMetricsQuery } from '../metrics/parse-metrics-query.js';
import { readExperimentDesigns } from '../metrics/read-experiment-designs.js';
import { readKnownIds } from '../metrics/read-known-ids.js';
import { readLiveExperiments } from '../metrics/read-live-experiments.js';
import type { EventStore } from '../store/event-store.js';
import { sendJson } from '../http/send-json.js';

/**
 * `GET /api/metrics?showroom=&from=&to=&experiment=&arm=&module=&channel=&tz=&view=`: the dashboard's figures
 * (MetricsResult), listing only the showrooms, experiments and arms of the stored configs, each
 * experiment with the published configs that run it now (where the dashboard can ship an arm).
 */
export async function handleMetrics(store: EventStore, configs: ConfigStore, res: ServerResponse, url: URL, now: number): Promise<void> {
  const parsed = parseMetricsQuery(url.searchParams, now);
  if ('error' in parsed) return sendJson(res, 400, { error: parsed.error });
  const [designs, known, live] = await Promise.all([readExperimentDesigns(configs), readKnownIds(configs), readLiveExperiments(configs)]);
  const result = await store.metrics(parsed.query, { now, experimentDesign: (id) => designs.get(id), known });
  const { showroom } = parsed.query;
  const experiments = result.experiments.map((report) => ({
    ...report,
    live: (live.get(report.experiment_id) ?? []).filter((where) => showroom === undefined || where.config === showroom),
  }));
  sendJson(res, 200, { ...result, experiments });
}
