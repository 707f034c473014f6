// The built tracker in Chromium through a collector outage: the collector is stopped (its port
// refuses connections, as in a restart or a deploy) while the page, left open, tracks `events`
// events; after `outageMs` it starts again on the same port and data folder. Reported: the time
// from the collector listening again until it has acknowledged every one of them, with no new
// event, no reload and no visibility change. `benchTrackerOutage` is exported for run.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One outage; returns ms from the collector back to the last event acknowledged. */
async function outage(browser, { outageMs, events }) {
  const { startCollector } = await import(pathToFileURL(join(root, 'packages/collector/dist/index.js')).href);
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-bench-outage-'));
  const options = { dataDir, rateLimit: false, demo: { root: join(root, 'tests/bench/pages'), mounts: { '/tracker/': join(root, 'packages/tracker/dist') } } };
  let collector = await startCollector({ ...options, port: 0 });
  const page = await browser.newPage();
  try {
    await page.goto(`${collector.url}/`);
    await page.evaluate(async () => {
      await window.vitrine.ready;
      await window.vitrine.flush();
    });
    await collector.close();
    const down = Date.now();
    // Bursts of 10 spread over the outage, as a shopper browsing would track them.
    const bursts = Math.ceil(events / 10);
    for (let burst = 0; burst < bursts; burst++) {
      await page.evaluate(({ n, burst }) => {
        for (let i = 0; i < n; i++) window.vitrine.track('Variant Selected', { burst, i });
      }, { n: Math.min(10, events - burst * 10), burst });
      await sleep(outageMs / (bursts + 1));
    }
    await sleep(Math.max(0, outageMs - (Date.now() - down)));
    const before = await page.evaluate(() => window.vitrine.stats());
    collector = await startCollector({ ...options, port: collector.port });
    const up = Date.now();
    // Polled in the page, bounded: the tracker's own count of acknowledged events.
    const done = await page.evaluate(async ({ events, sent }) => {
      const t0 = Date.now();
      while (window.vitrine.stats().sent < sent + events && Date.now() - t0 < 120_000) await new Promise((r) => setTimeout(r, 20));
      return window.vitrine.stats().sent >= sent + events ? Date.now() : NaN;
    }, { events, sent: before.sent });
    return { deliveredMs: done - up, refusedTries: before.retries };
  } finally {
    await page.close();
    await collector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchTrackerOutage({ outageMs = 30_000, events = 50, runs = 3 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await outage(browser, { outageMs, events }));
    if (process.env.BENCH_VERBOSE) console.log(results);
    const delays = results.map((r) => r.deliveredMs).sort((a, b) => a - b);
    return { outageMs, events, runs, medianMs: delays[Math.floor(runs / 2)], worstMs: delays.at(-1), results };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table([await benchTrackerOutage()]);
