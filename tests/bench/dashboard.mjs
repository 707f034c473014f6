// The dashboard's load time with 1,000,000 events stored: in Chromium, from navigation until the
// indicator cards and the daily charts show figures, over several cold loads (a fresh browser
// context each: no cache), for the default view and a filtered one; the part spent waiting for
// GET /api/metrics is reported beside it (from the page's own resource timing), so a slow load
// says whether the API or the page is the cause.
// `node tests/bench/dashboard.mjs [--events N] [--runs N]` prints a table; `benchDashboard` is
// exported for tests/bench/run.mjs. The data set is the metrics bench's (tests/bench/metrics.mjs):
// same folder, seeded once per size and day through the real ingest path, reused when it is there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';
import { seed } from '../../scripts/seed.mjs';

const DAY = 86_400_000;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The views timed: the dashboard as it opens, and narrowed to one showroom, one arm and a time zone. */
const VIEWS = [
  ['default (last 30 days, UTC)', ''],
  ['showroom + arm + tz', '?showroom=aster-chair&experiment=cta-wording&arm=control&tz=Europe/Paris'],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * The metrics bench's data folder for `events`, seeded now if there is none. A folder without its
 * `seeded` mark is another run seeding it: wait while its files still change (up to 30 min).
 */
async function dataSet(events, startCollector) {
  const today = new Date().toISOString().slice(0, 10);
  // Keyed by checkout as the metrics bench keys it: another worktree's build may have another schema.
  const checkout = createHash('sha256').update(repoRoot).digest('hex').slice(0, 8);
  const dataDir = join(tmpdir(), `vitrine-bench-metrics-${checkout}-${events}-${today}`);
  const done = join(dataDir, 'seeded');
  const options = { dataDir, port: 0, rateLimit: false, configsDir: join(repoRoot, 'demo/configs') };
  if (existsSync(done)) return options;
  if (existsSync(dataDir)) {
    const changed = () => Math.max(...['vitrine.sqlite', 'vitrine.sqlite-wal'].map((f) => (existsSync(join(dataDir, f)) ? statSync(join(dataDir, f)).mtimeMs : 0)));
    const deadline = Date.now() + 30 * 60_000;
    console.log(`waiting for the seed in progress in ${dataDir}…`);
    while (!existsSync(done)) {
      if (Date.now() - changed() > 60_000 || Date.now() > deadline) throw new Error(`${dataDir} has no 'seeded' mark and stopped changing: an interrupted seed; delete the folder and run again`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
    return options;
  }
  mkdirSync(dataDir, { recursive: true });
  const collector = await startCollector(options);
  try {
    writeFileSync(done, JSON.stringify(await seed({ url: collector.url, events, days: 30, now: Date.parse(`${today}T00:00:00Z`) + DAY - 1 })));
  } finally {
    await collector.close();
  }
  return options;
}

/** One cold load of `url` in a fresh context signed in with `storageState`: ms until figures show, and the API's share. */
async function coldLoad(browser, storageState, url) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // Figures: every card shows a number, and every chart has drawn its canvas (uPlot draws on creation).
    const shown = await page.waitForFunction(
      () => {
        const cards = [...document.querySelectorAll('[data-indicator] .card-value')];
        const charts = [...document.querySelectorAll('[data-chart]')];
        const ready = cards.length > 0 && cards.every((c) => /\d/.test(c.textContent ?? '')) && charts.length > 0 && charts.every((c) => c.querySelector('.chart-plot canvas'));
        return ready && performance.now();
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = await shown.jsonValue();
    const api = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/metrics')));
    return { ms, apiMs: api ? api.responseEnd - api.startTime : NaN, apiStart: api ? api.startTime : NaN };
  } finally {
    await context.close();
  }
}

/** Seeds (or reuses) `events`, signs in, and times `runs` cold loads of each view after one warm-up. */
export async function benchDashboard({ events = 1_000_000, runs = 7 } = {}) {
  const { startCollector } = await import('../../packages/collector/dist/index.js');
  const options = await dataSet(events, startCollector);
  // The data set's admin token was printed on its first start only: rotate it to sign in.
  const rotated = execFileSync(process.execPath, [join(repoRoot, 'packages/collector/dist/cli.js'), 'rotate-admin-token', '--data', options.dataDir], { encoding: 'utf8' });
  const token = /New admin token: (\S+)/.exec(rotated)?.[1];
  if (!token) throw new Error(`rotate-admin-token printed no token: ${rotated}`);
  const collector = await startCollector(options);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const login = await browser.newContext();
    const res = await login.request.post(`${collector.url}/admin/login`, { form: { token }, maxRedirects: 0 });
    if (res.status() !== 303) throw new Error(`POST /admin/login answered ${res.status()}: ${await res.text()}`);
    const storageState = await login.storageState();
    await login.close();
    const rows = [];
    for (const [name, search] of VIEWS) {
      const loads = [];
      for (let run = 0; run <= runs; run++) {
        const load = await coldLoad(browser, storageState, `${collector.url}/admin/dashboard/${search}`);
        if (run > 0) loads.push(load);
      }
      const ms = loads.map((l) => l.ms).sort((a, b) => a - b);
      const api = loads.map((l) => l.apiMs).sort((a, b) => a - b);
      const before = loads.map((l) => l.apiStart).sort((a, b) => a - b);
      rows.push({
        view: name,
        p50: Math.round(percentile(ms, 50)),
        p95: Math.round(percentile(ms, 95)),
        apiP50: Math.round(percentile(api, 50)),
        apiStartP50: Math.round(percentile(before, 50)),
      });
    }
    return { events, runs, rows };
  } finally {
    await browser.close();
    await collector.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '7' } } });
  const result = await benchDashboard({ events: Number(values.events), runs: Number(values.runs) });
  console.log(`dashboard, ${result.events} events stored, ${result.runs} cold loads per view after a warm-up (ms from navigation):`);
  console.table(
    result.rows.map((row) => ({
      view: row.view,
      'figures shown p50': row.p50,
      'figures shown p95': row.p95,
      'of which /api/metrics p50': row.apiP50,
      '/api/metrics requested at p50': row.apiStartP50,
      target: '< 1000',
    })),
  );
}
