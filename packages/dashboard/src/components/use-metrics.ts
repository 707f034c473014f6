import { useEffect, useState } from 'preact/hooks';
import { filtersToSearch } from '../filters/filters-to-search.js';
import type { Filters } from '../filters/filters.js';
import { fetchMetrics, type MetricsOutcome } from '../metrics/fetch-metrics.js';
import type { MetricsResult } from '@vitrine/contracts';

/** How often the figures are fetched again while the page is visible (ms); live visitors and today's counts move. */
export const POLL_MS = 15_000;

/** The latest figures (kept while a refresh is under way or has failed), the last failure, and whether a request is out. */
export interface MetricsView {
  metrics: MetricsResult | undefined;
  failure: Exclude<MetricsOutcome, { kind: 'ok' }> | undefined;
  loading: boolean;
}

/**
 * The figures for `filters`, fetched again every POLL_MS while the page is visible and at once when
 * it becomes visible again; a hidden tab sends nothing. A new filter aborts the request in flight.
 * A lapsed login stops the polling: only logging in again can help. A new `reload` value (any: compared by identity) fetches at once.
 */
export function useMetrics(filters: Filters, reload?: unknown): MetricsView {
  const [view, setView] = useState<MetricsView>({ metrics: undefined, failure: undefined, loading: true });
  const search = filtersToSearch(filters);

  useEffect(() => {
    let controller: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<void> => {
      controller?.abort();
      clearTimeout(timer);
      const own = (controller = new AbortController());
      setView((previous) => ({ ...previous, loading: true }));
      let outcome: MetricsOutcome;
      try {
        outcome = await fetchMetrics(filters, own.signal);
      } catch (error) {
        if (own.signal.aborted) return; // a newer request replaced this one
        throw error;
      }
      setView((previous) =>
        outcome.kind === 'ok'
          ? { metrics: outcome.metrics, failure: undefined, loading: false }
          : { metrics: previous.metrics, failure: outcome, loading: false },
      );
      if (outcome.kind !== 'unauthorized' && document.visibilityState === 'visible') timer = setTimeout(load, POLL_MS);
    };
    const onVisibilityChange = (): void => {
      if (document.visibilityState === 'visible') void load();
      else clearTimeout(timer);
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    void load();
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      clearTimeout(timer);
      controller?.abort();
    };
    // `search` is `filters` as a value: a new object with the same filters must not refetch.
  }, [search, reload]);

  return view;
}
