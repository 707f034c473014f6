// Vitrine's viewer chunk, used directly: one viewer per cell, each loading ?model. `window.bench`
// gets the time of the first rendered frame (load() resolves after it), from navigation start.
import { createViewer, rendererStats } from '/showroom/showroom-viewer.js';
import { benchParams, cells, rotationProbe } from './viewer-bench.mjs';

const scriptReadyMs = performance.now(); // the chunk is downloaded and evaluated
const { model, count } = benchParams();
const viewers = cells(count).map((cell) => createViewer(cell.appendChild(document.createElement('canvas'))));
let frames = 0;
viewers[0].onFrame(() => frames++);
window.bench = {
  loaded: Promise.all(viewers.map((viewer) => viewer.load(model))).then(() => ({ scriptReadyMs, firstFrameMs: performance.now() })),
  /** Turns the first viewer by 2° in each of `n` frames; counts the frames it drew meanwhile. */
  async rotate(n) {
    const before = frames;
    const probe = await rotationProbe(n, () => viewers[0].rotate(2, 0));
    return { ...probe, drawn: frames - before };
  },
  stats: () => rendererStats(),
};
