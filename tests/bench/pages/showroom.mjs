// The full widget, <vitrine-showroom>, one per cell, each showing ?config (a viewer-only card
// config the bench writes, pointing at ?model). Its first frame is the moment its 3D stage turns
// `data-state="ready"` (after the viewer's load() resolved, i.e. after its first rendered frame),
// seen by a MutationObserver in its open shadow root.
import { benchParams, cells } from './viewer-bench.mjs';

const { count } = benchParams();
const config = new URLSearchParams(location.search).get('config');
const ready = cells(count).map((cell) => {
  const element = document.createElement('vitrine-showroom');
  element.setAttribute('config', config);
  element.setAttribute('endpoint', '/v1/batch');
  element.setAttribute('write-key', 'bench');
  cell.appendChild(element);
  return new Promise((resolve) => {
    const check = () => {
      if (!element.shadowRoot?.querySelector('.stage[data-state="ready"]')) return false;
      resolve(performance.now());
      return true;
    };
    // The shadow root appears when the script has run; then watch it for the stage's state.
    const attached = setInterval(() => {
      if (!element.shadowRoot) return;
      clearInterval(attached);
      if (check()) return;
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(element.shadowRoot, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
    }, 5);
  });
});
window.bench = {
  loaded: Promise.all(ready).then((times) => ({ firstFrameMs: Math.max(...times) })),
  stats: () => ({}),
};
