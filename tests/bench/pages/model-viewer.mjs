// Google's <model-viewer>, one element per cell, each loading ?model, in one of two set-ups (?setup):
// `defaults`: only what it needs to load the file: src and alt (the meshopt decoder's location is
//   set for both in model-viewer-config.js, as the demo models are meshopt-compressed);
// `like`: like for like with Vitrine's view: the same start angle and a soft shadow (its neutral
//   environment light is its default).
// Its first frame: it fires `before-render` once the model is in the scene, and draws it in the
// next animation frame (its render loop's callback was registered a frame earlier, so it runs before
// ours). Its documented `load` event comes one frame later still: it waits two animation frames
// ("wait for shaders to compile and pixels to be drawn", model-viewer-base.ts), so it is reported
// beside, not as, the first frame.
import { benchParams, cells, rotationProbe } from './viewer-bench.mjs';

const scriptReadyMs = performance.now(); // model-viewer.min.js (an earlier module script) has run
const { model, count } = benchParams();
const likeForLike = new URLSearchParams(location.search).get('setup') === 'like';
const elements = cells(count).map((cell) => {
  const element = document.createElement('model-viewer');
  if (likeForLike) {
    element.setAttribute('camera-orbit', '30deg 75deg auto');
    element.setAttribute('shadow-intensity', '1');
  }
  element.setAttribute('alt', 'product');
  return cell.appendChild(element);
});
const firstFrames = elements.map((element) => new Promise((resolve) => {
  element.addEventListener('before-render', () => requestAnimationFrame(() => resolve(performance.now())), { once: true });
}));
const loads = elements.map((element) => new Promise((resolve, reject) => {
  element.addEventListener('load', () => resolve(performance.now()), { once: true });
  element.addEventListener('error', (event) => reject(new Error(`model-viewer: ${event.detail?.type}`)), { once: true });
}));
for (const element of elements) element.src = model;
let cameraChanges = 0;
elements[0].addEventListener('camera-change', () => cameraChanges++);
window.bench = {
  loaded: Promise.all([Promise.all(firstFrames), Promise.all(loads)]).then(([frames, events]) => ({ scriptReadyMs, firstFrameMs: Math.max(...frames), loadEventMs: Math.max(...events) })),
  /** Turns the first element's camera by 2° in each of `n` frames (no damping, like a drag). */
  async rotate(n) {
    const before = cameraChanges;
    const probe = await rotationProbe(n, (i) => {
      elements[0].cameraOrbit = `${30 + 2 * (i + 1)}deg 75deg auto`;
      elements[0].jumpCameraToGoal();
    });
    return { ...probe, drawn: cameraChanges - before };
  },
  stats: () => ({}),
};
