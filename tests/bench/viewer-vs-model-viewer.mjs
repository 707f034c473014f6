// Vitrine's 3D viewer beside Google's <model-viewer>, loading the same files in the same run, in
// headless Chromium with software WebGL (SwiftShader): time to the first rendered model frame, the
// JS (gzip) a page downloads before it, frame time while rotating, and memory and WebGL contexts
// with many viewers on one page. `node tests/bench/viewer-vs-model-viewer.mjs` prints a table;
// `benchViewers` is exported for run.mjs. Figures are reported, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bench = join(root, 'tests/bench');
const modelViewerDir = join(bench, 'model-viewer');
const OUT = join(bench, 'out');
// vitrine: the 3D chunk used directly; widget: the whole <vitrine-showroom> from its script tag.
const PAGES = { vitrine: '/pages/vitrine.html', 'model-viewer': '/pages/model-viewer.html', widget: '/pages/showroom.html' };
// Every viewer of every page in view (both viewers load only what is in view); 20 full widgets, with
// their controls under the stage, stand about 1,750 px tall.
const VIEWPORT = { width: 1280, height: 1200 };
const WIDGET_GRID_VIEWPORT = { width: 1280, height: 2000 };
const CARD_CONFIG = join(root, 'demo/configs/aster-chair-card.json'); // the category page's viewer-only card
// The widget's build: showroom.iife.js is only its few-hundred-byte loader, so look for what it loads.
const WIDGET = join(root, 'packages/showroom/dist/showroom-core.js');
const PAGE_TIMEOUT = 240_000; // ms for one page's whole measurement: past it (or on a crash) the page counts as failed
const ROTATION_FRAMES = 60; // software WebGL draws a 100k-triangle frame in about half a second

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
  if (process.env.BENCH_VERBOSE) console.error(`${new Date().toISOString().slice(11, 19)} ${url.replace(/^http:\/\/[^/]+/, '')}`);
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
    // Let a context lost at creation report itself, then measure the settled heap.
    await page.waitForTimeout(500);
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
    return { scriptReadyMs, firstFrameMs, loadEventMs, jsGzip, wasmGzip, heapMB: heap / 2 ** 20, webgl, stats, rotation, errors };
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
  const query = viewer === 'widget' ? `config=/configs/${model.replace(/\.glb$/, '.json')}` : `model=/models/${model}`;
  return `${origin}${PAGES[viewer]}?${query}&count=${count}`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchViewers({ runs = 3, small = 'aster-chair.glb', heavy = 'heavy.glb', counts = [8, 20] } = {}) {
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
  writeCardConfigs([small, heavy]);
  // The full widget joins when its build is there (a stub IIFE is a few bytes).
  const viewers = existsSync(WIDGET) && statSync(WIDGET).size > 1000 ? ['vitrine', 'model-viewer', 'widget'] : ['vitrine', 'model-viewer'];
  const machine = `${new Date().toISOString().slice(0, 16)}Z, Chromium ${browser.version()} headless, SwiftShader WebGL, ${cpus().length}× ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0].toFixed(1)} at start`;
  const modelViewerVersion = JSON.parse(readFileSync(join(modelViewerDir, 'node_modules/@google/model-viewer/package.json'), 'utf8')).version;
  const single = {}; // `${viewer} ${model}` → results of each run
  const many = {}; // `${viewer} ${count}` → results of each run
  const screenshots = [];
  try {
    // Runs interleave the two viewers, so drift on this shared machine touches both alike.
    for (let run = 0; run < runs; run++) {
      for (const model of [small, heavy]) {
        for (const viewer of viewers) {
          const screenshot = run === 0 ? join(OUT, `${viewer}-${model.replace(/\.glb$/, '')}.png`) : undefined;
          if (screenshot) screenshots.push(screenshot);
          const result = await loadOnce(browser, pageUrl(server.url, viewer, model), { rotate: viewer !== 'widget', screenshot });
          (single[`${viewer} ${model}`] ??= []).push(result);
        }
      }
    }
    for (const count of counts) {
      for (const viewer of viewers) {
        many[`${viewer} ${count}`] = [await loadOnce(browser, pageUrl(server.url, viewer, small, count), { viewport: viewer === 'widget' ? WIDGET_GRID_VIEWPORT : VIEWPORT })];
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const results = { viewers, single, many, screenshots, small, heavy, counts, runs, machine: `${machine}; @google/model-viewer ${modelViewerVersion}` };
  // Every run's figures, for a closer look than medians give.
  writeFileSync(join(OUT, 'viewer-vs-model-viewer.json'), JSON.stringify(results, null, 2));
  if (process.env.BENCH_VERBOSE) console.dir({ single, many }, { depth: 4 });
  return results;
}

/** The figures as rows of run.mjs's table: value is Vitrine's, beside model-viewer's and the ratio. */
export function viewerRows({ viewers, single, many, small, heavy, counts, runs }) {
  const rows = [];
  const withWidget = viewers.includes('widget');
  // A figure from the runs that worked; `failed` when none did (the reasons are in the JSON).
  const figure = (runs, pick) => {
    const ok = (runs ?? []).filter((x) => !x.error);
    return ok.length ? pick(ok) : undefined;
  };
  const show = (x, digits) => (x === undefined ? 'failed' : x.toFixed(digits));
  const row = (benchmark, pick, results, { digits = 0, target = '', ratio = false, widget = false } = {}) => {
    const [v, m] = ['vitrine', 'model-viewer'].map((viewer) => figure(results(viewer), pick));
    const both = v !== undefined && m !== undefined;
    const entry = { benchmark, value: show(v, digits), 'model-viewer': show(m, digits), ratio: ratio && both ? (v / m).toFixed(2) : '', target };
    if (withWidget) {
      const w = widget ? figure(results('widget'), pick) : undefined;
      entry.widget = widget ? show(w, digits) : '';
      entry['widget ratio'] = w !== undefined && m !== undefined && ratio ? (w / m).toFixed(2) : '';
    }
    rows.push(entry);
  };
  for (const model of [small, heavy]) {
    const of = (viewer) => single[`${viewer} ${model}`];
    row(`3D: ms to first model frame, ${model} (median of ${runs})`, (r) => median(r.map((x) => x.firstFrameMs)), of, { ratio: true, target: 'ratio ≤ 0.8', widget: true });
  }
  for (const model of [small, heavy]) {
    const of = (viewer) => single[`${viewer} ${model}`];
    row(`3D: ms until the viewer's script has run, ${model}`, (r) => median(r.map((x) => x.scriptReadyMs)), of, { ratio: true });
  }
  // model-viewer's documented `load` event, a frame after its first frame (Vitrine has no such lag).
  for (const model of [small, heavy]) {
    const of = (viewer) => single[`${viewer} ${model}`];
    row(`3D: ms to first frame (Vitrine) vs model-viewer's load event, ${model}`, (r) => median(r.map((x) => x.loadEventMs ?? x.firstFrameMs)), of, { ratio: true });
  }
  const ofSmall = (viewer) => single[`${viewer} ${small}`];
  const ofHeavy = (viewer) => single[`${viewer} ${heavy}`];
  row('3D: KB gzip of JS before the first frame', (r) => median(r.map((x) => x.jsGzip)) / 1000, ofSmall, { digits: 1, ratio: true, target: '≤ 180 (Vitrine)', widget: true });
  row('3D: KB gzip of wasm fetched before the first frame (model-viewer inlines its decoder in JS)', (r) => median(r.map((x) => x.wasmGzip)) / 1000, ofSmall, { digits: 1, widget: true });
  row(`3D: mean ms per frame rotating, ${heavy} (${ROTATION_FRAMES} frames, median of ${runs})`, (r) => median(r.map((x) => x.rotation.meanMs)), ofHeavy, { digits: 1, ratio: true });
  row(`3D: p95 ms per frame rotating, ${heavy}`, (r) => median(r.map((x) => x.rotation.p95Ms)), ofHeavy, { digits: 1, ratio: true });
  row(`3D: mean ms per frame rotating, ${small}`, (r) => median(r.map((x) => x.rotation.meanMs)), ofSmall, { digits: 1, ratio: true });
  for (const count of counts) {
    const of = (viewer) => many[`${viewer} ${count}`];
    row(`3D: ${count} viewers, ms until all drew their first frame`, (r) => median(r.map((x) => x.firstFrameMs)), of, { ratio: true, widget: true });
    row(`3D: ${count} viewers, JS heap MB after GC`, (r) => median(r.map((x) => x.heapMB)), of, { digits: 1, ratio: true, widget: true });
    row(`3D: ${count} viewers, WebGL contexts created`, (r) => Math.max(...r.map((x) => x.webgl.created)), of, { target: '1', widget: true });
    row(`3D: ${count} viewers, WebGL contexts lost`, (r) => Math.max(...r.map((x) => x.webgl.lost)), of, { target: '0', widget: true });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchViewers();
  console.table(viewerRows(results));
  console.log(results.machine);
  console.log(`Every run: ${join(OUT, 'viewer-vs-model-viewer.json')}`);
  console.log(`Screenshots:\n${results.screenshots.map((path) => `  ${path}`).join('\n')}`);
}
