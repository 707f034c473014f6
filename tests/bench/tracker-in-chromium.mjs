// Main-thread cost of the built tracker in Chromium: time per track() call over a burst, the long
// tasks that follow the burst (writing, batching, sending), and the time until the collector has
// acknowledged every event. `benchTracker` is exported for run.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** One burst of `calls` track() calls in a fresh page; returns its figures. */
async function burst(browser, url, calls) {
  const page = await browser.newPage();
  await page.goto(url);
  const result = await page.evaluate(async (calls) => {
    await window.vitrine.ready;
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
    const props = (i) => ({ i, sku: 'ASTER-01', variant: 'oat', module: 'sense', showroom_id: 'aster', config_version: 3 });
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) window.vitrine.track('Variant Selected', props(i));
    const t1 = performance.now();
    // Wait (bounded) until the collector acknowledged everything.
    while (window.vitrine.stats().sent < calls && performance.now() - t1 < 60_000) await new Promise((r) => setTimeout(r, 20));
    const delivered = performance.now() - t1;
    await new Promise((r) => setTimeout(r, 200));
    const after = longTasks.filter((task) => task.startTime >= t1);
    return {
      msPerCall: (t1 - t0) / calls,
      longTasksAfter: after.length,
      longestAfter: Math.max(0, ...after.map((task) => task.duration)),
      deliveredMs: delivered,
      sent: window.vitrine.stats().sent,
    };
  }, calls);
  await page.close();
  return result;
}

export async function benchTracker({ calls = 10_000, runs = 3 } = {}) {
  const { startCollector } = await import(pathToFileURL(join(root, 'packages/collector/dist/index.js')).href);
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-bench-'));
  const collector = await startCollector({ dataDir, port: 0, rateLimit: false, demo: { root: join(root, 'tests/bench/pages'), mounts: { '/tracker/': join(root, 'packages/tracker/dist') } } });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await burst(browser, `${collector.url}/`, calls));
    if (process.env.BENCH_VERBOSE) console.log(results);
    const median = (pick) => results.map(pick).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    return {
      calls,
      runs,
      msPerCall: median((r) => r.msPerCall),
      longTasksAfter: Math.max(...results.map((r) => r.longTasksAfter)),
      longestAfterMs: Math.max(...results.map((r) => r.longestAfter)),
      deliveredMs: median((r) => r.deliveredMs),
      allDelivered: results.every((r) => r.sent === calls),
    };
  } finally {
    await browser.close();
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table([await benchTracker()]);
