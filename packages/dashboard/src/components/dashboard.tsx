import { useEffect, useState } from 'preact/hooks';
import type { ShipArmAnswer } from '@vitrine/contracts';
import { filtersToSearch } from '../filters/filters-to-search.js';
import type { Filters } from '../filters/filters.js';
import { parseFilters, type ParsedFilters } from '../filters/parse-filters.js';
import { SERIES_CHARTS } from '../metrics/series-charts.js';
import { CountsTable } from './counts-table.js';
import { ExperimentReportView } from './experiment-report-view.js';
import { FailureNotice } from './failure-notice.js';
import { FilterBar } from './filter-bar.js';
import { IndicatorCardList } from './indicator-card-list.js';
import { MediaTable } from './media-table.js';
import { ModuleTable } from './module-table.js';
import { OutcomesView } from './outcomes-view.js';
import { QuizReportView } from './quiz-report-view.js';
import { SeriesChartView } from './series-chart-view.js';
import { StoryReportView } from './story-report-view.js';
import { UnknownIdsNote } from './unknown-ids-note.js';
import { POLL_MS, useMetrics } from './use-metrics.js';

const TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * The whole page. The filters live in the URL: a change pushes a history entry (so the link can
 * be shared and Back undoes it) and fetches the figures again without reloading the page.
 */
export function Dashboard() {
  const [parsed, setParsed] = useState<ParsedFilters>(() => parseFilters(location.search));
  useEffect(() => {
    const onPopState = (): void => setParsed(parseFilters(location.search));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);
  const apply = (filters: Filters): void => {
    // Through the parser, so a change is checked by the same rules as a link (from after to, ...).
    const next = parseFilters(filtersToSearch(filters));
    history.pushState(null, '', `${location.pathname}${filtersToSearch(next.filters)}`);
    setParsed(next);
  };

  // A shipped arm: said once, and the figures fetched again so the experiment shows it no longer runs.
  const [shipped, setShipped] = useState<ShipArmAnswer>();
  const { metrics, failure, loading } = useMetrics(parsed.filters, shipped);
  return (
    <>
      <header class="page-header">
        <h1>Vitrine dashboard</h1>
        <p class="status">
          {!metrics
            ? 'Loading the figures…'
            : loading
              ? 'Updating the figures…'
              : `Figures of ${TIME.format(new Date(metrics.generatedAt))}, refreshed every ${POLL_MS / 1000} s.`}
        </p>
      </header>
      <main aria-busy={loading ? 'true' : 'false'}>
        <FilterBar filters={parsed.filters} metrics={metrics} onApply={apply} />
        <UnknownIdsNote unknown={metrics?.unknown} />
        {parsed.problems.length > 0 && (
          <div class="problems" role="alert">
            {parsed.problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        {failure && <FailureNotice failure={failure} stale={metrics !== undefined} />}
        {metrics && (
          <>
            <section aria-labelledby="indicators-heading">
              <h2 id="indicators-heading">Indicators</h2>
              <IndicatorCardList indicators={metrics.indicators} />
            </section>
            <section aria-labelledby="daily-heading">
              <h2 id="daily-heading">Day by day</h2>
              <div class="charts">
                {SERIES_CHARTS.map((chart) => (
                  <SeriesChartView key={chart.id} chart={chart} series={metrics.series} />
                ))}
              </div>
            </section>
            <section aria-labelledby="media-heading">
              <h2 id="media-heading">Media</h2>
              <MediaTable media={metrics.media} campaigns={metrics.campaigns} filters={parsed.filters} onApply={apply} />
            </section>
            <section aria-labelledby="outcomes-heading">
              <h2 id="outcomes-heading">Outcomes</h2>
              <OutcomesView outcomes={metrics.outcomes} />
            </section>
            <section aria-labelledby="modules-heading">
              <h2 id="modules-heading">Modules</h2>
              <ModuleTable modules={metrics.modules} />
              <CountsTable counts={metrics.counts} />
            </section>
            <section aria-labelledby="quiz-heading">
              <h2 id="quiz-heading">Quiz</h2>
              <QuizReportView steps={metrics.quiz.steps} questions={metrics.quiz.questions} />
            </section>
            <section aria-labelledby="story-heading">
              <h2 id="story-heading">Story</h2>
              <StoryReportView story={metrics.story} />
            </section>
            <section aria-labelledby="experiments-heading">
              <h2 id="experiments-heading">Experiments</h2>
              {shipped && (
                <p class="shipped" role="status">
                  Version {shipped.version} of {shipped.id} is published: arm <q>{shipped.arm}</q> of experiment <q>{shipped.experiment}</q> shipped, the
                  experiment removed.
                </p>
              )}
              {metrics.experiments.length === 0 && <p>No experiment had exposures in this period.</p>}
              {metrics.experiments.map((experiment, index) => (
                <ExperimentReportView key={experiment.experiment_id} experiment={experiment} headingId={`experiment-${index}`} onShipped={setShipped} />
              ))}
            </section>
          </>
        )}
      </main>
    </>
  );
}
