import { filtersToSearch } from '../filters/filters-to-search.js';
import type { Filters } from '../filters/filters.js';
import type { MetricsResult } from '@vitrine/contracts';

/** What one request for the figures gave: the figures, a lapsed login, or a failure to show as is. */
export type MetricsOutcome =
  | { kind: 'ok'; metrics: MetricsResult }
  | { kind: 'unauthorized' }
  | { kind: 'failed'; message: string };

/** Where the figures come from, same origin as the page. */
export const METRICS_PATH = '/api/metrics';

/**
 * `GET /api/metrics` for `filters`. Same-origin with credentials, so the session cookie of the
 * admin login goes along. Never throws except for an abort: every failure is an outcome to show.
 */
export async function fetchMetrics(filters: Filters, signal?: AbortSignal): Promise<MetricsOutcome> {
  let response: Response;
  try {
    response = await fetch(`${METRICS_PATH}${filtersToSearch(filters)}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'failed', message: `The collector could not be reached (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (response.status === 401) return { kind: 'unauthorized' };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { kind: 'failed', message: `The collector answered ${response.status} without JSON.` };
  }
  if (!response.ok) {
    const error = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : 'no reason given';
    return { kind: 'failed', message: `The collector answered ${response.status}: ${error}` };
  }
  return { kind: 'ok', metrics: body as MetricsResult };
}
