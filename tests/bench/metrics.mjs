// The dashboard's queries on a large data set: seeds N events (default 1,000,000) through the real
// ingest path once, keeps the database under the temp folder for later runs, then times
// GET /api/metrics with each filter. `node tests/bench/metrics.mjs [--events N] [--database URL]`
// prints a table; `benchMetrics` is exported for tests/bench/run.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seed } from '../../scripts/seed.mjs';

/** Timed requests per query, after one warm-up: their p95 is the second slowest (of 9 it was the slowest, one stray request). */
const RUNS = 40;
const DAY = 86_400_000;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The dashboard's requests: the default view, then one per filter. */
const QUERIES = [
  ['default (last 30 days, UTC)', ''],
  ['showroom=aster-chair', 'showroom=aster-chair'],
  ['experiment arm', 'experiment=cta-wording&arm=try-at-home'],
  ['tz=America/New_York', 'tz=America/New_York'],
  ['module=think', 'module=think'],
  // Direct: the channel with the most visits in the seed's mix (scripts/seed-events.mjs), so the most rows to read.
  ['channel=Direct', 'channel=Direct'],
  // The Media view: every channel's row with its modules and funnels.
  ['Media view (view=media)', 'view=media'],
  ['showroom + arm + tz + module', 'showroom=aster-chair&experiment=cta-wording&arm=control&tz=Europe/Paris&module=sense'],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Seeds (or reuses) a data set of `events` and times each query RUNS times after one warm-up.
 * `database` (a PostgreSQL URL) is handed to the collector as its `database` option; without it
 * the SQLite file under the temp folder is used, seeded once per size and `now` day.
 */
export async function benchMetrics({ events = 1_000_000, database } = {}) {
  const { startCollector, createPostgresClient } = await import('../../packages/collector/dist/index.js');
  // One cached SQLite data set per checkout and size: its events end on the day it was made, so it
  // is re-made daily. A PostgreSQL run seeds its database afresh in a throwaway folder.
  const today = new Date().toISOString().slice(0, 10);
  const checkout = createHash('sha256').update(repoRoot).digest('hex').slice(0, 8);
  const dataDir = database ? mkdtempSync(join(tmpdir(), 'vitrine-bench-metrics-pg-')) : join(tmpdir(), `vitrine-bench-metrics-${checkout}-${events}-${today}`);
  const done = join(dataDir, 'seeded');
  const options = { dataDir, port: 0, rateLimit: false, configsDir: join(repoRoot, 'demo/configs'), ...(database ? { database } : {}) };
  let ingest;
  if (database || !existsSync(done)) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const collector = await startCollector(options);
    try {
      ingest = await seed({ url: collector.url, events, days: 30, now: Date.parse(`${today}T00:00:00Z`) + DAY - 1 });
    } finally {
      await collector.close();
    }
    writeFileSync(done, JSON.stringify(ingest));
  }
  if (database) {
    // PostgreSQL plans from table statistics, and reads an index alone only where the visibility
    // map says its pages are all-visible: autovacuum sees to both about a minute after a bulk load
    // (migration 13 asks for it after 1 % of a rollup's rows changed); the bench queries at once,
    // so it runs what autovacuum would.
    const client = createPostgresClient(database);
    await client.exec('VACUUM ANALYZE');
    await client.close();
  }
  // /api/metrics is an admin route, and the data set's token was printed on its first start only.
  const where = database ? ['--database', database] : ['--data', dataDir];
  const rotated = execFileSync(process.execPath, [join(repoRoot, 'packages/collector/dist/cli.js'), 'rotate-admin-token', ...where], { encoding: 'utf8' });
  const token = /New admin token: (\S+)/.exec(rotated)?.[1];
  if (!token) throw new Error(`rotate-admin-token printed no token: ${rotated}`);
  const collector = await startCollector(options);
  try {
    const rows = [];
    for (const [name, search] of QUERIES) {
      const times = [];
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        const res = await fetch(`${collector.url}/api/metrics?${search}`, { headers: { Authorization: `Bearer ${token}` } });
        if (!res.ok) throw new Error(`GET /api/metrics?${search}: HTTP ${res.status} ${await res.text()}`);
        const body = await res.json();
        if (run > 0) times.push(performance.now() - started);
        if (run === 0 && name.startsWith('default') && body.indicators.visits === 0) throw new Error('the seeded data set has no visits in the default range');
      }
      times.sort((a, b) => a - b);
      rows.push({ query: name, p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) });
    }
    return { events, ingest, rows };
  } finally {
    await collector.close();
    if (database) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, database: { type: 'string' } } });
  const result = await benchMetrics({ events: Number(values.events), database: values.database });
  if (result.ingest) console.log(`ingest: ${result.ingest.events} events in ${result.ingest.seconds} s = ${result.ingest.eventsPerSecond} events/s`);
  else console.log('ingest: reused the data set seeded earlier today (delete it under the temp folder to measure ingest again)');
  console.table(result.rows.map((row) => ({ 'GET /api/metrics': row.query, 'p50 ms': row.p50, 'p95 ms': row.p95, target: '< 250' })));
}
