// What the two 3D bench pages (vitrine.html, model-viewer.html) share: the query string, the grid
// of cells, and the rotation probe. Served under /pages/, which the bench leaves out of the JS
// byte count: only the viewers' own scripts are counted.

/** `?model=/models/x.glb&count=1`: the model every cell shows and how many cells. */
export function benchParams() {
  const query = new URLSearchParams(location.search);
  return { model: query.get('model') ?? '/models/aster-chair.glb', count: Number(query.get('count') ?? 1) };
}

/** `count` equal cells in a grid that fits the viewport (every viewer is in view, so each loads). */
export function cells(count) {
  const grid = document.getElementById('grid');
  const columns = count === 1 ? 1 : Math.ceil(Math.sqrt(count * 1.6));
  grid.style.gridTemplateColumns = `repeat(${columns}, 1fr)`;
  grid.dataset.single = String(count === 1);
  return Array.from({ length: count }, () => grid.appendChild(document.createElement('div')));
}

/**
 * Calls `step(i)` (one programmatic rotation) in each of `frames` animation frames and returns the
 * mean and 95th-percentile interval between frames, ms: what the page can draw while turning.
 */
export function rotationProbe(frames, step) {
  return new Promise((resolve) => {
    const times = [];
    const tick = (now) => {
      times.push(now);
      if (times.length > frames) {
        const intervals = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
        const mean = intervals.reduce((sum, x) => sum + x, 0) / intervals.length;
        resolve({ meanMs: mean, p95Ms: intervals[Math.floor(intervals.length * 0.95)] });
        return;
      }
      step(times.length - 1);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
