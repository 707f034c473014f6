// `npm run bench`: every benchmark, printed as one table. Figures are reported, never asserted:
// this machine is shared and timings vary run to run; compare runs on the same machine.
// `node tests/bench/run.mjs viewer` (or BENCH_ONLY=viewer) runs only the named parts:
// tracker, collector (ingest events/s; one event committed on time or late into a long visit),
// viewer (on a calm and a busy machine; `BENCH_VIEWER_RUNS`, `BENCH_VIEWER_BUSY_RUNS` (0: calm only),
// `BENCH_VIEWER_MODELS`, `BENCH_VIEWER_COUNTS`: see viewer-vs-model-viewer.mjs),
// metrics (`BENCH_METRICS_EVENTS`, default 1,000,000; `BENCH_DATABASE`, a PostgreSQL URL,
// runs it there instead of SQLite), dashboard, postgres (a throwaway cluster: ingest and metrics).
import { postgresBinDir, startPostgresCluster } from '../../scripts/postgres-cluster.mjs';
import { benchIngest } from './collector-ingest.mjs';
import { benchLateEvent } from './collector-late-event.mjs';
import { benchDashboard } from './dashboard.mjs';
import { benchMetrics } from './metrics.mjs';
import { benchTracker } from './tracker-in-chromium.mjs';
import { benchTrackerOutage } from './tracker-outage.mjs';
import { benchViewers, viewerRows } from './viewer-vs-model-viewer.mjs';

const PARTS = ['tracker', 'collector', 'viewer', 'metrics', 'dashboard', 'postgres'];
const only = process.argv.slice(2).concat(process.env.BENCH_ONLY?.split(',') ?? []).filter(Boolean);
const unknown = only.filter((part) => !PARTS.includes(part));
if (unknown.length) throw new Error(`Unknown bench part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}.`);
const runs = (part) => only.length === 0 || only.includes(part);

const rows = [];
const notes = [];
if (runs('tracker')) {
  const tracker = await benchTracker({ calls: 10_000, runs: 3 });
  rows.push(
    { benchmark: 'tracker: main-thread ms per track() (10,000 calls, median of 3)', value: tracker.msPerCall.toFixed(4), target: '< 0.03' },
    { benchmark: 'tracker: long tasks after the burst (worst of 3)', value: tracker.longTasksAfter, target: '0' },
    { benchmark: 'tracker: longest task after the burst, ms', value: Math.round(tracker.longestAfterMs), target: '< 50' },
    { benchmark: 'tracker: ms until the collector acknowledged all 10,000', value: Math.round(tracker.deliveredMs), target: '' },
  );
  // The collector stopped for 30 s while the open page tracks 50 events; timed from its restart.
  const outage = await benchTrackerOutage({ outageMs: 30_000, events: 50, runs: 3 });
  rows.push({
    benchmark: 'tracker: ms from the collector back after a 30-s outage until all 50 events of it were acknowledged (median / worst of 3)',
    value: `${Math.round(outage.medianMs)} / ${Math.round(outage.worstMs)}`,
    target: '< 10000',
  });
}
if (runs('collector')) {
  // Three 5-s runs each, interleaved, as a single run here varies by a fifth.
  const ingest = { 20: [], 100: [] };
  for (let run = 0; run < 3; run++) for (const batchSize of [20, 100]) ingest[batchSize].push((await benchIngest({ batchSize, seconds: 5 })).eventsPerSecond);
  for (const [batchSize, perSecond] of Object.entries(ingest)) {
    const [low, median, high] = perSecond.sort((a, b) => a - b);
    rows.push({
      benchmark: `collector: ingest events/s with durable commits, batches of ${batchSize} (median of 3, lowest–highest; collector in its own process)`,
      value: `${median} (${low}–${high})`,
      target: batchSize === '100' ? '>= 10000' : '',
    });
  }
  // One event committed alone into a long visit (SQLite), median ms: late (mid-visit) vs on time.
  for (const visitEvents of [10_000, 100_000]) {
    const late = await benchLateEvent({ visitEvents });
    const label = `${visitEvents.toLocaleString('en')} events, median of ${late.repeats}`;
    rows.push(
      { benchmark: `collector: ms to commit an on-time event into a visit of ${label}`, value: late.onTimeMs.toFixed(2), target: '' },
      { benchmark: `collector: ms to commit a late event into a visit of ${label}`, value: late.lateMs.toFixed(2), target: `< ${(2 * late.onTimeMs).toFixed(2)} (2x on time)` },
    );
  }
}
if (runs('postgres')) {
  // The collector on PostgreSQL, in a throwaway cluster with fsync on (as a real server runs),
  // beside the SQLite rows above. BENCH_PG_EVENTS sets the metrics data set (default 1,000,000).
  if (!postgresBinDir()) notes.push('postgres: SKIPPED, PostgreSQL is not installed (Debian: apt-get install postgresql)');
  else {
    const cluster = await startPostgresCluster({ durable: true });
    try {
      for (const batchSize of [20, 100]) {
        const ingest = await benchIngest({ batchSize, seconds: 5, database: cluster.createDatabase(`ingest_${batchSize}`) });
        rows.push({ benchmark: `collector on PostgreSQL: ingest events/s, batches of ${batchSize}`, value: ingest.eventsPerSecond, target: '' });
      }
      const events = Number(process.env.BENCH_PG_EVENTS ?? 1_000_000);
      const metrics = await benchMetrics({ events, database: cluster.createDatabase('metrics') });
      rows.push({ benchmark: `collector on PostgreSQL: seeding ${events} events, events/s`, value: metrics.ingest.eventsPerSecond, target: '' });
      for (const row of metrics.rows) {
        rows.push({ benchmark: `collector on PostgreSQL: GET /api/metrics ${row.query}, p50 / p95 ms (${events} events)`, value: `${row.p50} / ${row.p95}`, target: '< 250' });
      }
    } finally {
      cluster.stop();
    }
  }
}
if (runs('viewer')) {
  // 3D rows: `value` is Vitrine's 3D chunk used directly, beside <model-viewer>'s at its defaults and
  // like for like, and the ratio to each; `widget` is the whole <vitrine-showroom> from its script tag.
  const viewers = await benchViewers();
  rows.push(...viewerRows(viewers));
  notes.push(
    `3D: ${viewers.machine}`,
    '3D: every run in tests/bench/out/viewer-vs-model-viewer.json',
    `3D side by side (start view, first run):\n${viewers.screenshots.map((path) => `  ${path}`).join('\n')}`,
  );
}
if (runs('metrics')) {
  const metrics = await benchMetrics({ events: Number(process.env.BENCH_METRICS_EVENTS ?? 1_000_000), database: process.env.BENCH_DATABASE });
  const label = `${metrics.events.toLocaleString('en')} events`;
  if (metrics.ingest) rows.push({ benchmark: `metrics: seed ingest events/s (${label}, POST /v1/batch)`, value: metrics.ingest.eventsPerSecond, target: '' });
  else notes.push('metrics: the data set seeded earlier today was reused, so its ingest was not measured again');
  for (const row of metrics.rows) rows.push({ benchmark: `metrics: GET /api/metrics ${row.query}, ${label}, ms p50 / p95`, value: `${row.p50} / ${row.p95}`, target: '< 250' });
}
if (runs('dashboard')) {
  const dashboard = await benchDashboard();
  for (const row of dashboard.rows) {
    rows.push(
      { benchmark: `dashboard: ms until figures show, ${row.view}, 1M events (p50 / p95 of ${dashboard.runs} cold loads)`, value: `${row.p50} / ${row.p95}`, target: '< 1000' },
      { benchmark: `dashboard: of which GET /api/metrics, ${row.view} (p50)`, value: row.apiP50, target: '' },
    );
  }
}
console.table(rows);
for (const note of notes) console.log(note);
