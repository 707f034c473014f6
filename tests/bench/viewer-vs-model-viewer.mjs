// Vitrine's 3D viewer beside Google's <model-viewer>, loading the same files in the same run, in
// headless Chromium with software WebGL (SwiftShader): time to the first rendered model frame and
// the longest main-thread task before it (on a calm machine and on one with every core busy), the
// JS (gzip) a page downloads before it, frame time while rotating, and memory and WebGL contexts
// with many viewers on one page; and a picture of each model in each viewer, side by side.
// model-viewer runs twice: at its defaults and set up like for like (pages/model-viewer.mjs).
// `node tests/bench/viewer-vs-model-viewer.mjs` prints a table; `benchViewers` is exported for
// run.mjs. Figures are reported, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';
import { whileBusy } from './busy-machine.mjs';
import { composeSideBySide } from './side-by-side.mjs';
import { startStaticServer } from './static-server.mjs';
import { viewerRows } from './viewer-rows.mjs';

export { viewerRows };

const root = fileURLToPath(new URL('../../', import.meta.url));
const bench = join(root, 'tests/bench');
const modelViewerDir = join(bench, 'model-viewer');
const OUT = join(bench, 'out');
// vitrine: the 3D chunk used directly; widget: the whole <vitrine-showroom> from its script tag;
// model-viewer at its defaults, and model-viewer-like set up like Vitrine's view.
const PAGES = {
  vitrine: '/pages/vitrine.html',
  'model-viewer': '/pages/model-viewer.html?setup=defaults',
  'model-viewer-like': '/pages/model-viewer.html?setup=like',
  widget: '/pages/showroom.html',
};
const CAPTIONS = {
  vitrine: 'Vitrine viewer',
  'model-viewer': 'model-viewer, defaults',
  'model-viewer-like': 'model-viewer, like for like',
  widget: 'Vitrine widget',
};
// Every viewer of every page in view (each viewer loads only what is in view); 20 full widgets, with
// their controls under the stage, stand about 1,750 px tall.
const VIEWPORT = { width: 1280, height: 1200 };
const WIDGET_GRID_VIEWPORT = { width: 1280, height: 2000 };
const CARD_CONFIG = join(root, 'demo/configs/aster-chair-card.json'); // the category page's viewer-only card
// The widget's build: showroom.iife.js is only its few-hundred-byte loader, so look for what it loads.
const WIDGET = join(root, 'packages/showroom/dist/showroom-core.js');
const PAGE_TIMEOUT = 240_000; // ms for one page's whole measurement: past it (or on a crash) the page counts as failed
const ROTATION_FRAMES = 60; // software WebGL draws a 100k-triangle frame in about half a second
const LONG_TASK_MS = 200; // the issue's goal: no main-thread task longer before the first frame

// Runs before any page script: counts every WebGL context a page creates (HTMLCanvasElement and
// OffscreenCanvas) and every context it loses, whoever creates them.
const COUNT_WEBGL = () => {
  const seen = new WeakSet();
  const counts = (window.__webgl = { created: 0, lost: 0 });
  for (const proto of [HTMLCanvasElement.prototype, globalThis.OffscreenCanvas?.prototype]) {
    if (!proto) continue;
    const getContext = proto.getContext;
    proto.getContext = function (type, ...rest) {
      const context = getContext.call(this, type, ...rest);
      if (context && String(type).includes('webgl') && !seen.has(context)) {
        seen.add(context);
        counts.created++;
        this.addEventListener('webglcontextlost', () => counts.lost++);
      }
      return context;
    };
  }
};

/** model-viewer lives in its own install, outside the workspaces; made on first use. */
function ensureModelViewer() {
  if (existsSync(join(modelViewerDir, 'node_modules/@google/model-viewer'))) return;
  const { status } = spawnSync('npm', ['ci', '--prefix', modelViewerDir, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (status !== 0) throw new Error(`npm ci --prefix tests/bench/model-viewer failed (exit ${status})`);
}

/**
 * One cold page load in a fresh context: the first-frame time, the gzip bytes of the viewer's JS
 * received before it (the bench pages' own harness under /pages/ left out), WebGL contexts and
 * JS heap; optionally the rotation probe and a screenshot of the first viewer.
 */
async function loadOnce(browser, url, { rotate = false, screenshot, viewport = VIEWPORT } = {}) {
  // Progress on stderr: a full run takes many minutes on a busy machine.
  if (process.env.BENCH_VERBOSE) console.error(`${new Date().toISOString().slice(11, 19)} ${decodeURIComponent(url.replace(/^http:\/\/[^/]+/, ''))}`);
  const context = await browser.newContext({ viewport });
  await context.addInitScript(COUNT_WEBGL);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const scripts = [];
  const wasm = [];
  let firstFrameSeen = false;
  const gzipped = (response) => response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0);
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (firstFrameSeen || path.startsWith('/pages/')) return;
    if (response.request().resourceType() === 'script') scripts.push(gzipped(response));
    else if (path.endsWith('.wasm')) wasm.push(gzipped(response)); // a decoder fetched beside the JS
  });
  // A crashed or stuck page must not hang the bench: every step races this.
  let timer;
  const abort = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done in ${PAGE_TIMEOUT} ms`)), PAGE_TIMEOUT);
    page.on('crash', () => reject(new Error('the page crashed')));
  });
  const measure = async () => {
    await page.goto(url);
    const { scriptReadyMs, firstFrameMs, loadEventMs } = await page.evaluate(() => window.bench.loaded);
    firstFrameSeen = true;
    const sum = async (sizes) => (await Promise.all(sizes)).reduce((total, n) => total + n, 0);
    const jsGzip = await sum(scripts);
    const wasmGzip = await sum(wasm);
    // Let a context lost at creation (and the last long task) report itself, then measure the settled heap.
    await page.waitForTimeout(500);
    // Every long task that began between navigation and the first frame (pages/*.html observe them).
    const longTasks = await page.evaluate((untilMs) => window.longTasks.filter((task) => task.startMs < untilMs).map((task) => task.ms), firstFrameMs);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const webgl = await page.evaluate(() => window.__webgl);
    const stats = await page.evaluate(() => window.bench.stats());
    // The screenshot shows the start view (30° round, 15° up), before the rotation probe turns it.
    if (screenshot) await page.locator('#grid > div').first().screenshot({ path: screenshot });
    const rotation = rotate ? await page.evaluate((n) => window.bench.rotate(n), ROTATION_FRAMES) : undefined;
    const longestTaskMs = Math.max(0, ...longTasks);
    const longTasksOver = longTasks.filter((ms) => ms > LONG_TASK_MS).length;
    return { scriptReadyMs, firstFrameMs, loadEventMs, longestTaskMs, longTasksOver, jsGzip, wasmGzip, heapMB: heap / 2 ** 20, webgl, stats, rotation, errors };
  };
  try {
    return await Promise.race([measure(), abort]);
  } catch (error) {
    // Reported in the table as `failed`, with the reason in the JSON; the other figures still print.
    const message = `${url.replace(/^http:\/\/[^/]+/, '')}: ${error.message}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`;
    console.error(`3D bench: ${message}`);
    return { error: message };
  } finally {
    clearTimeout(timer);
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
  }
}

/** The widget reads a config, not a model: the demo's card config, pointed at each model. */
function writeCardConfigs(models) {
  mkdirSync(join(OUT, 'configs'), { recursive: true });
  const card = JSON.parse(readFileSync(CARD_CONFIG, 'utf8'));
  for (const model of models) {
    const config = structuredClone(card);
    const viewer = config.experiences.find((experience) => experience.type === 'viewer');
    if (!viewer.model.endsWith(`/${model}`)) {
      // Another model: the card's variants, hotspots and poster belong to its own product.
      for (const key of ['variants', 'hotspots', 'poster', 'cameras']) delete viewer[key];
      viewer.model = `/models/${model}`;
    }
    writeFileSync(join(OUT, 'configs', model.replace(/\.glb$/, '.json')), JSON.stringify(config));
  }
}

function pageUrl(origin, viewer, model, count = 1) {
  const url = new URL(PAGES[viewer], origin);
  if (viewer === 'widget') url.searchParams.set('config', `/configs/${model.replace(/\.glb$/, '.json')}`);
  else url.searchParams.set('model', `/models/${model}`);
  url.searchParams.set('count', count);
  return url.href;
}

const list = (value) => value?.split(',').map((item) => item.trim()).filter(Boolean);

/**
 * Every viewer on every model, run after run; then pages of many viewers; then the single-viewer
 * loads again on a busy machine. Each option not passed is read from its environment variable, so
 * `npm run bench` can be shortened while developing (BENCH_VIEWER_RUNS=1
 * BENCH_VIEWER_MODELS=aster-chair.glb BENCH_VIEWER_BUSY_RUNS=0 BENCH_VIEWER_COUNTS=6).
 */
export async function benchViewers({
  runs = Number(process.env.BENCH_VIEWER_RUNS ?? 3), // cold loads per viewer and model on a calm machine
  // Files in demo/models: two small demo products and a 100k-triangle one; the first also fills the many-viewer pages.
  models = list(process.env.BENCH_VIEWER_MODELS) ?? ['aster-chair.glb', 'sneaker.glb', 'heavy.glb'],
  // The same single-viewer loads again (no rotation) while a busy loop spins on every core; 0: none.
  // Fewer than calm runs: a busy load takes about twice as long, and the bench should stay under ~15 min.
  busyRuns = Number(process.env.BENCH_VIEWER_BUSY_RUNS ?? 2),
  counts = list(process.env.BENCH_VIEWER_COUNTS)?.map(Number) ?? [6, 20], // viewers per page, one load each
} = {}) {
  ensureModelViewer();
  const server = await startStaticServer({
    '/pages/': join(bench, 'pages'),
    '/showroom/': join(root, 'packages/showroom/dist'),
    '/models/': join(root, 'demo/models'),
    '/model-viewer/': join(modelViewerDir, 'node_modules/@google/model-viewer/dist'),
    '/meshopt/': join(modelViewerDir, 'node_modules/meshoptimizer'),
    '/configs/': join(OUT, 'configs'),
    '/images/': join(root, 'demo/images'),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  mkdirSync(OUT, { recursive: true });
  writeCardConfigs(models);
  // The full widget joins when its build is there (a stub IIFE is a few bytes).
  const viewers = ['vitrine', 'model-viewer', 'model-viewer-like'];
  if (existsSync(WIDGET) && statSync(WIDGET).size > 1000) viewers.push('widget');
  const busyProcesses = availableParallelism();
  const machine = `${new Date().toISOString().slice(0, 16)}Z, Chromium ${browser.version()} headless, SwiftShader WebGL, ${cpus().length}× ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0].toFixed(1)} at start`;
  const modelViewerVersion = JSON.parse(readFileSync(join(modelViewerDir, 'node_modules/@google/model-viewer/package.json'), 'utf8')).version;
  const calm = {}; // `${viewer} ${model}` → results of each run
  const busy = {}; // the same, loaded while the machine was busy
  const many = {}; // `${viewer} ${count}` → results of each run
  const screenshots = []; // one side-by-side PNG per model
  const singleRuns = async (n, into, options) => {
    // Runs interleave the viewers, so drift on this shared machine touches all alike.
    for (let run = 0; run < n; run++) {
      for (const model of models) {
        for (const viewer of viewers) {
          const screenshot = options.screenshots && run === 0 ? join(OUT, `${viewer}-${model.replace(/\.glb$/, '')}.png`) : undefined;
          const result = await loadOnce(browser, pageUrl(server.url, viewer, model), { rotate: options.rotate && viewer !== 'widget', screenshot });
          (into[`${viewer} ${model}`] ??= []).push(screenshot && !result.error ? { ...result, screenshot } : result);
        }
      }
    }
  };
  try {
    await singleRuns(runs, calm, { rotate: true, screenshots: true });
    for (const model of models) {
      const panels = viewers.map((viewer) => ({ caption: `${CAPTIONS[viewer]}, ${model}`, png: calm[`${viewer} ${model}`]?.[0]?.screenshot }));
      const shot = panels.filter(({ png }) => png);
      if (shot.length) screenshots.push(await composeSideBySide(browser, shot, join(OUT, `side-by-side-${model.replace(/\.glb$/, '')}.png`)));
    }
    for (const count of counts) {
      for (const viewer of viewers) {
        many[`${viewer} ${count}`] = [await loadOnce(browser, pageUrl(server.url, viewer, models[0], count), { viewport: viewer === 'widget' ? WIDGET_GRID_VIEWPORT : VIEWPORT })];
      }
    }
    if (busyRuns > 0) await whileBusy(busyProcesses, () => singleRuns(busyRuns, busy, {}));
  } finally {
    await browser.close();
    await server.close();
  }
  const setup = { viewers, models, counts, runs, busyRuns, busyProcesses, rotationFrames: ROTATION_FRAMES, longTaskMs: LONG_TASK_MS };
  const results = { ...setup, calm, busy, many, screenshots, machine: `${machine}; @google/model-viewer ${modelViewerVersion}` };
  // Every run's figures, for a closer look than medians give.
  writeFileSync(join(OUT, 'viewer-vs-model-viewer.json'), JSON.stringify(results, null, 2));
  if (process.env.BENCH_VERBOSE) console.dir({ calm, busy, many }, { depth: 4 });
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchViewers();
  console.table(viewerRows(results));
  console.log(results.machine);
  console.log(`Every run: ${join(OUT, 'viewer-vs-model-viewer.json')}`);
  console.log(`Side by side (first run):\n${results.screenshots.map((path) => `  ${path}`).join('\n')}`);
}
