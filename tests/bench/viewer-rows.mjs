// The 3D bench's figures (viewer-vs-model-viewer.mjs) as rows of run.mjs's table: `value` is
// Vitrine's viewer, beside model-viewer's at its defaults and like for like and the ratio of ours to
// each; `widget` is the whole widget's, where its build was there. Times are the runs' median, long
// tasks the worst run's.

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const MODEL_VIEWER = 'model-viewer: defaults / like for like';
const RATIO = 'ratio to each';
const WIDGET_RATIO = 'widget ratio to each';

/** The rows for benchViewers' results. */
export function viewerRows({ viewers, calm, busy, many, models, counts, runs, busyRuns, busyProcesses, rotationFrames, longTaskMs }) {
  const rows = [];
  const withWidget = viewers.includes('widget');
  // A figure from the runs that worked; `failed` when none did (the reasons are in the JSON).
  const figure = (results, pick) => {
    const ok = (results ?? []).filter((x) => !x.error);
    return ok.length ? pick(ok) : undefined;
  };
  const ratio = (x, base) => (x === undefined || base === undefined ? '–' : (x / base).toFixed(2));
  /** One row: `pick` makes a viewer's runs one figure, `format` writes it; `ratios` divides ours by model-viewer's. */
  const row = (benchmark, results, pick, { format = (x) => x.toFixed(0), ratios = false, widget = false, target = '' } = {}) => {
    const show = (x) => (x === undefined ? 'failed' : format(x));
    const [v, defaults, like] = ['vitrine', 'model-viewer', 'model-viewer-like'].map((viewer) => figure(results(viewer), pick));
    const entry = { benchmark, value: show(v), [MODEL_VIEWER]: `${show(defaults)} / ${show(like)}`, [RATIO]: ratios ? `${ratio(v, defaults)} / ${ratio(v, like)}` : '', target };
    if (withWidget) {
      const w = widget ? figure(results('widget'), pick) : undefined;
      entry.widget = widget ? show(w) : '';
      entry[WIDGET_RATIO] = widget && ratios ? `${ratio(w, defaults)} / ${ratio(w, like)}` : '';
    }
    rows.push(entry);
  };
  const firstFrame = (r) => median(r.map((x) => x.firstFrameMs));
  // The worst of the runs: the longest task, and the most tasks over the goal in one load.
  const longTasks = (r) => ({ longest: Math.max(...r.map((x) => x.longestTaskMs)), over: Math.max(...r.map((x) => x.longTasksOver)) });
  const longTaskOptions = { format: (x) => `${Math.round(x.longest)} (${x.over})`, widget: true, target: `< ${longTaskMs} (0)` };
  const firstFrameOptions = { ratios: true, widget: true, target: 'ratio to defaults ≤ 0.8' };
  const machines = [{ label: '3D', single: calm, n: runs }];
  if (busyRuns > 0) machines.push({ label: `3D busy (${busyProcesses} spinning processes)`, single: busy, n: busyRuns });
  for (const { label, single, n } of machines) {
    for (const model of models) {
      const of = (viewer) => single[`${viewer} ${model}`];
      row(`${label}: ms to first model frame, ${model} (median of ${n})`, of, firstFrame, firstFrameOptions);
      row(`${label}: longest task ms (tasks > ${longTaskMs} ms) to first frame, ${model} (worst of ${n})`, of, longTasks, longTaskOptions);
    }
  }
  const of = (model) => (viewer) => calm[`${viewer} ${model}`];
  const [first] = models;
  const heaviest = models.at(-1);
  row(`3D: ms until the viewer's script has run, ${first}`, of(first), (r) => median(r.map((x) => x.scriptReadyMs)), { ratios: true });
  // model-viewer's documented `load` event, a frame after its first frame (Vitrine has no such lag).
  for (const model of models) {
    row(`3D: ms to first frame (Vitrine) vs model-viewer's load event, ${model}`, of(model), (r) => median(r.map((x) => x.loadEventMs ?? x.firstFrameMs)), { ratios: true });
  }
  const kilobytes = { format: (x) => x.toFixed(1), widget: true };
  row('3D: KB gzip of JS before the first frame', of(first), (r) => median(r.map((x) => x.jsGzip)) / 1000, { ...kilobytes, ratios: true, target: '≤ 180 (Vitrine)' });
  row('3D: KB gzip of wasm fetched before the first frame (model-viewer inlines its decoder in JS)', of(first), (r) => median(r.map((x) => x.wasmGzip)) / 1000, kilobytes);
  const frameMs = { format: (x) => x.toFixed(1), ratios: true };
  for (const model of models) {
    row(`3D: mean ms per frame rotating, ${model} (${rotationFrames} frames, median of ${runs})`, of(model), (r) => median(r.map((x) => x.rotation.meanMs)), frameMs);
  }
  row(`3D: p95 ms per frame rotating, ${heaviest}`, of(heaviest), (r) => median(r.map((x) => x.rotation.p95Ms)), frameMs);
  for (const count of counts) {
    const of = (viewer) => many[`${viewer} ${count}`];
    row(`3D: ${count} viewers, ms until all drew their first frame`, of, firstFrame, count === 6 ? firstFrameOptions : { ratios: true, widget: true });
    row(`3D: ${count} viewers, longest task ms (tasks > ${longTaskMs} ms) until all drew`, of, longTasks, longTaskOptions);
    row(`3D: ${count} viewers, JS heap MB after GC`, of, (r) => median(r.map((x) => x.heapMB)), { format: (x) => x.toFixed(1), ratios: true, widget: true });
    row(`3D: ${count} viewers, WebGL contexts created`, of, (r) => Math.max(...r.map((x) => x.webgl.created)), { widget: true, target: '1' });
    row(`3D: ${count} viewers, WebGL contexts lost`, of, (r) => Math.max(...r.map((x) => x.webgl.lost)), { widget: true, target: '0' });
  }
  return rows;
}
